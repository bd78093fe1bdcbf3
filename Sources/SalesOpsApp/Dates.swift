import Foundation
import SalesOpsBasics

/// Dates from the clock: the one place salesops reads today's date.
public enum Dates {
    /// Today's date in `timeZone` (default: the machine's).
    public static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
