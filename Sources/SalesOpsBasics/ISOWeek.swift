/// An ISO 8601 week (`2026-W10`): weeks start on Monday, and week 1 is the week holding the
/// year's first Thursday, so the days around New Year can belong to the other year's week.
/// What anonymised reports show instead of a date.
package struct ISOWeek: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package var year: Int
    package var week: Int

    /// The week `date` falls in.
    package init(_ date: CalendarDate) {
        // The week's Thursday decides its year; its ordinal day in that year, its number.
        let thursday = date.adding(days: 4 - date.weekday)
        let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        year = thursday.year
        week = january1.days(until: thursday) / 7 + 1
    }

    package var description: String {
        "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    package static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-W")
        guard parts.count == 2, let year = Int(parts[0]), let week = Int(parts[1]), (1...53).contains(week) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO week such as 2026-W10, found \"\(text)\"")
        }
        self.year = year
        self.week = week
    }
}
