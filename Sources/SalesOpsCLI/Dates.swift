import Foundation
import SalesOpsBasics

/// Dates from the command line and the clock.
enum Dates {
    static func parse(_ text: String?) -> CalendarDate? {
        text.flatMap { CalendarDate(iso: $0) }
    }

    /// Today's date in `timeZone` (default: the machine's).
    static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
