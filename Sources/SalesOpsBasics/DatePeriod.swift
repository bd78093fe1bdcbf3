/// A length of calendar time written as `30d`, `6w`, `12m` or `1y` (validity, renewal windows).
package struct DatePeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    package enum Unit: String, Sendable, Hashable, CaseIterable {
        case days = "d", weeks = "w", months = "m", years = "y"
    }

    package var count: Int
    package var unit: Unit

    package init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The largest count a period can have: far beyond any real use, and small enough that no
    /// date arithmetic with it can overflow.
    package static let maximumCount = 100_000

    /// Parses `<number><d|w|m|y>` with a count up to `maximumCount`; nil for anything else.
    package init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last)),
              let count = Int(text.dropLast()), (0...Self.maximumCount).contains(count)
        else { return nil }
        self.init(count: count, unit: unit)
    }

    package var description: String { "\(count)\(unit.rawValue)" }

    /// The period's average length in days, for comparing periods of different units.
    package var averageDays: Double {
        switch unit {
        case .days: return Double(count)
        case .weeks: return Double(count) * 7
        case .months: return Double(count) * 365.2425 / 12
        case .years: return Double(count) * 365.2425
        }
    }

    /// `date` moved by this period; months and years keep the day of month, clamped to the month's end.
    package func added(to date: CalendarDate, times factor: Int = 1) -> CalendarDate {
        let amount = count * factor
        switch unit {
        case .days: return date.adding(days: amount)
        case .weeks: return date.adding(days: 7 * amount)
        case .months, .years:
            let months = unit == .months ? amount : 12 * amount
            let (year, month, day) = date.components
            let total = year * 12 + (month - 1) + months
            let newYear = total >= 0 ? total / 12 : (total - 11) / 12
            let newMonth = total - newYear * 12 + 1
            let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
            return CalendarDate(year: newYear, month: newMonth, day: newDay)!
        }
    }

    /// `date` moved back by this period.
    package func subtracted(from date: CalendarDate) -> CalendarDate {
        added(to: date, times: -1)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = DatePeriod(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a period such as 30d, 6w, 12m or 1y, found \"\(text)\"")
        }
        self = period
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
