import SalesOpsBasics

/// Checklist wording shared by its renderings.
package enum ChecklistWording {
    /// The flag on an item due after the calendar's holiday list ends.
    static let pastHolidayListFlag = "past the calendar's holiday list"

    /// The note under a checklist's heading when some items are past the holiday list.
    package static func holidayListNote(_ end: CalendarDate) -> String {
        "The calendar lists holidays only through \(DateText.iso(end)): a date after it may fall on a holiday nobody listed."
    }
}
