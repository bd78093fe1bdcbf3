import SalesOpsBasics

/// Steps due after the last year a calendar lists holidays for: the holidays of those years are
/// unknown, so such a due date may fall on one. A warning, not an error: the dates are still the
/// best the calendar can give.
package struct HolidayCoverageWarning: Sendable, Hashable, CustomStringConvertible {
    /// A step due after the listed holidays end.
    package struct LateStep: Sendable, Hashable {
        package var id: String
        package var due: CalendarDate
    }

    package var calendar: String
    /// The last year with a listed holiday.
    package var lastHolidayYear: Int
    /// In the order given; never empty.
    package var steps: [LateStep]

    /// The warning for `due` under `calendar`; nil when every date is within the listed years or
    /// the calendar lists no holidays at all (a calendar without holidays means it).
    package static func check(_ due: [LateStep], calendar: BusinessCalendar) -> HolidayCoverageWarning? {
        guard let last = calendar.lastHolidayYear else { return nil }
        let late = due.filter { $0.due.year > last }
        guard !late.isEmpty else { return nil }
        return HolidayCoverageWarning(calendar: calendar.name, lastHolidayYear: last, steps: late)
    }

    package var description: String {
        let first = steps[0]
        let late = steps.count == 1
            ? "step `\(first.id)` is due \(first.due)"
            : "\(steps.count) steps are due later, the first `\(first.id)` on \(first.due)"
        return "calendar `\(calendar)` lists holidays only through \(lastHolidayYear), but \(late); "
            + "holidays after \(lastHolidayYear) are not skipped: add them to the calendar"
    }
}
