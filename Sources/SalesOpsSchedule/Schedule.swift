import SalesOpsBasics

/// Due dates for a track's steps from a start date, a business calendar and completions.
///
/// Rules:
/// - The *effective start* is the start date rolled forward to a business day: someone who
///   starts on a Saturday or a holiday starts on the next working day.
/// - A step without `after` counts from the effective start; a step with `after: X` counts
///   from X's completion date once X is completed, otherwise from X's due date. Completing
///   a step early or late therefore moves every step that follows it.
/// - `businessDays: N` moves N business days (numpy's `busday_offset`, rolling forward
///   first); `days: N` and `weeks: N` add calendar days, then roll forward.
/// - A completed step keeps its computed due date, so it can still be judged early or late.
/// - Offsets are 0 or more: a step is never due before what it counts from.
/// - Completions of ids that are not steps are ignored.
///
/// `Scheduler` checks the steps once and evaluates them in dependency order, each once: O(steps).
package struct Schedule: Sendable, Hashable {
    /// The start date rolled forward to a business day.
    package let effectiveStart: CalendarDate
    /// One entry per step, in the order the steps were given.
    package let steps: [ScheduledStep]
    /// Steps due after the last year the calendar lists holidays for, if any.
    package let holidayWarning: HolidayCoverageWarning?

    init(effectiveStart: CalendarDate, steps: [ScheduledStep], holidayWarning: HolidayCoverageWarning?) {
        self.effectiveStart = effectiveStart
        self.steps = steps
        self.holidayWarning = holidayWarning
    }

    /// Schedules `steps` once; throws every problem found, as `Scheduler` does.
    package init(
        start: CalendarDate,
        calendar: BusinessCalendar,
        steps: [ScheduleStep],
        completions: [String: CalendarDate] = [:]
    ) throws(ScheduleError) {
        self = try Scheduler(steps: steps, calendar: calendar).schedule(start: start, completions: completions)
    }

    /// Due date by step id.
    package var dueDates: [String: CalendarDate] {
        Dictionary(steps.map { ($0.id, $0.due) }, uniquingKeysWith: { first, _ in first })
    }
}
