import Foundation
import SalesOpsBasics

/// Dates from the clock: the one place salesops reads today's date and the time.
package enum Dates {
    /// Today's date in `timeZone` (default: the machine's).
    package static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The clock's time now in UTC, ISO 8601 (`2026-03-20T09:30:00Z`): when tokens, events and track edits were made.
    package static func nowUTC() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    /// An iCalendar DTSTAMP: midnight UTC of `today` when one is given (reproducible files),
    /// else now.
    package static func stamp(today: CalendarDate?) -> UTCTimestamp {
        today.map { UTCTimestamp(date: $0) } ?? UTCTimestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
