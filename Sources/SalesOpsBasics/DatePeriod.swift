/// A length of calendar time written as `30d`, `6w`, `12m` or `1y` (validity, renewal windows).
public struct DatePeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days = "d", weeks = "w", months = "m", years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `<number><d|w|m|y>`; nil for anything else.
    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last)),
              let count = Int(text.dropLast()), count >= 0
        else { return nil }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// `date` moved by this period; months and years keep the day of month, clamped to the month's end.
    public func added(to date: CalendarDate, times factor: Int = 1) -> CalendarDate {
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
    public func subtracted(from date: CalendarDate) -> CalendarDate {
        added(to: date, times: -1)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = DatePeriod(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a period such as 30d, 6w, 12m or 1y, found \"\(text)\"")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
