import Foundation
import SalesOpsBasics

/// Dates from the clock (date options parse through `CalendarDate`'s `ExpressibleByArgument`).
enum Dates {
    /// Today's date in `timeZone` (default: the machine's).
    static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
