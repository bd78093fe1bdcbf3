import SalesOpsBasics
import SalesOpsYAML

/// A calendar whose holiday list ends soon: due dates after its end may fall on holidays
/// nobody listed, so the next year's holidays should be added before then.
package struct HolidayListEnding: Sendable, Hashable {
    package var calendar: String
    /// The calendar's `holidays` list in its file, when the calendar was read from one.
    package var file: String?
    package var line: Int?
    package var column: Int?
    /// The last day holidays are known for (`BusinessCalendar.holidayListEnd`).
    package var end: CalendarDate
    /// Calendar days from today to `end`; negative once it has passed.
    package var daysLeft: Int
}

extension Catalog {
    /// Calendars whose holiday list ends within `days` days of `today` (or already ended), by
    /// name. A calendar listing no holidays at all means it and is never reported.
    package func holidayListsEnding(within days: Int, of today: CalendarDate) -> [HolidayListEnding] {
        calendars.compactMap { calendar -> HolidayListEnding? in
            guard let end = BusinessCalendar.holidayListEnd(of: (calendar.spec.holidays ?? []).map(\.date)),
                  today.days(until: end) <= days
            else { return nil }
            let mark = calendar.source?.node(at: [.key("spec"), .key("holidays")]).mark
            return HolidayListEnding(calendar: calendar.name, file: calendar.source?.file, line: mark?.line, column: mark?.column,
                                     end: end, daysLeft: today.days(until: end))
        }
        .sorted { $0.calendar < $1.calendar }
    }
}
