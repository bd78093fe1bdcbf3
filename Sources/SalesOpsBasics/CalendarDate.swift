/// A date without a time or a time zone (`2026-03-02`): due dates, start dates, price dates.
///
/// Stored as days since 1970-01-01 so arithmetic and comparison are integer operations. Text is
/// read only within `supported` (1900-01-01 … 9999-12-31), so any date a user gives prints as
/// `YYYY-MM-DD` and day arithmetic on it stays far from overflow.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    package let daysSinceEpoch: Int

    package init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// A date from its parts; nil when the parts name no real date (2026-02-30).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
    }

    /// The dates salesops reads: a year before 1900 is a typo in sales data, and 9999 is the last
    /// year `YYYY-MM-DD` can write.
    package static let supported = CalendarDate(year: 1900, month: 1, day: 1)!...CalendarDate(year: 9999, month: 12, day: 31)!

    /// Parses exactly `YYYY-MM-DD` within `supported`; nil for anything else.
    package init?(iso text: some StringProtocol) {
        guard let date = CalendarDate(anyISO: text), CalendarDate.supported.contains(date) else { return nil }
        self = date
    }

    /// Why `text` is not a date `init(iso:)` reads, for messages; nil when it is one.
    package static func problem(reading text: some StringProtocol) -> String? {
        if let date = CalendarDate(anyISO: text) {
            return supported.contains(date) ? nil : "\(text) is outside the dates salesops handles, \(supported.lowerBound) to \(supported.upperBound)"
        }
        // A longer year (`10000-01-01`) is a date past the last one, not a malformed one.
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count > 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
            return "\(text) is outside the dates salesops handles, \(supported.lowerBound) to \(supported.upperBound)"
        }
        return "expected a date as YYYY-MM-DD, found \"\(text)\""
    }

    /// Any `YYYY-MM-DD` that names a real date, years 0000 to 9999.
    private init?(anyISO text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month (1–12) and day (1–31).
    package var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    package var year: Int { components.year }
    package var month: Int { components.month }
    package var day: Int { components.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    package var weekday: Int {
        // 1970-01-01 was a Thursday (ISO 4).
        let offset = ((daysSinceEpoch % 7) + 7) % 7
        return (offset + 3) % 7 + 1
    }

    package func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    package func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// `YYYY-MM-DD`.
    package var description: String {
        let (year, month, day) = components
        // Reports print a date per row and step: the usual four-digit year is written digit by digit.
        if (0...9999).contains(year) {
            return String(unsafeUninitializedCapacity: 10) { buffer in
                func put(_ value: Int, digits: Int, at start: Int) {
                    var rest = value
                    for position in (start..<(start + digits)).reversed() {
                        buffer[position] = UInt8(truncatingIfNeeded: 48 + rest % 10)
                        rest /= 10
                    }
                }
                put(year, digits: 4, at: 0)
                buffer[4] = UInt8(ascii: "-")
                put(month, digits: 2, at: 5)
                buffer[7] = UInt8(ascii: "-")
                put(day, digits: 2, at: 8)
                return 10
            }
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}

extension CalendarDate: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let problem = CalendarDate.problem(reading: text) {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem)
        }
        self = CalendarDate(iso: text)!
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
