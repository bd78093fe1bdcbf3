import SalesOpsBasics

/// A track's steps checked once and put in dependency order under a business calendar,
/// ready to date any number of starts: the one home of the due-date rules (see `Schedule`).
package struct Scheduler: Sendable, Hashable {
    package let steps: [ScheduleStep]
    package let calendar: BusinessCalendar
    /// For each step, the index of the step it counts from with `after`.
    private let parent: [Int?]
    /// Step indices, each after the step it counts from.
    private let order: [Int]
    private let indexByID: [String: Int]

    /// Checks `steps`; throws every problem found (unknown or cyclic `after`, duplicate ids,
    /// negative offsets, offsets beyond `DueOffset.limit`) at once.
    package init(steps: [ScheduleStep], calendar: BusinessCalendar) throws(ScheduleError) {
        var issues: [ScheduleIssue] = []
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(steps.count)
        for (index, step) in steps.enumerated() {
            if indexByID[step.id] != nil {
                issues.append(.duplicateStep(id: step.id))
            } else {
                indexByID[step.id] = index
            }
        }
        var parent = [Int?](repeating: nil, count: steps.count)
        for (index, step) in steps.enumerated() {
            if step.offset.amount < 0 {
                issues.append(.negativeOffset(step: step.id, offset: step.offset))
            } else if step.offset.amount > DueOffset.limit {
                issues.append(.offsetOutOfRange(step: step.id, offset: step.offset))
            }
            guard let after = step.after else { continue }
            if let target = indexByID[after] {
                parent[index] = target
            } else {
                issues.append(.unknownAfter(step: step.id, after: after,
                                            suggestion: Suggestion.nearest(to: after, in: steps.lazy.map(\.id))))
            }
        }
        let walk = DependencyGraph(prerequisites: parent.map { $0.map { [$0] } ?? [] }).walk()
        issues += walk.cycles.map { cycle in .cycle(cycle.map { steps[$0].id }) }
        guard issues.isEmpty else { throw ScheduleError(issues: issues) }
        self.steps = steps
        self.calendar = calendar
        self.parent = parent
        self.order = walk.order
        self.indexByID = indexByID
    }

    /// Due dates from `start`; `completions` (by step id) re-flow the steps counted `after` them.
    package func schedule(start: CalendarDate, completions: [String: CalendarDate] = [:]) -> Schedule {
        guard !completions.isEmpty else { return schedule(start: start, doneOn: { _ in nil }) }
        var doneOn = [CalendarDate?](repeating: nil, count: steps.count)
        for (id, date) in completions { if let index = indexByID[id] { doneOn[index] = date } }
        return schedule(start: start, doneOn: { doneOn[$0] })
    }

    /// Due dates from `start`, for steps done on `doneOn` (indexed like the steps).
    package func schedule(start: CalendarDate, doneOn: [CalendarDate?]) -> Schedule {
        schedule(start: start, doneOn: { doneOn[$0] })
    }

    /// The due dates alone (no ids or bases) from `start`, for steps done on `doneOn`.
    package struct DueDates: Sendable, Hashable {
        /// The start rolled forward to a business day.
        package var effectiveStart: CalendarDate
        /// Indexed like the steps.
        package var dues: [CalendarDate]

        package init(effectiveStart: CalendarDate, dues: [CalendarDate]) {
            self.effectiveStart = effectiveStart
            self.dues = dues
        }
    }

    /// `schedule(start:doneOn:).steps.map(\.due)` without the steps' text. `base`, the due dates
    /// from the same start with nothing done, lends every due date whose counted-from date is
    /// unchanged, so enrolments that share a start share one array until a completion re-flows it.
    package func dueDates(start: CalendarDate, base: DueDates? = nil, doneOn: (Int) -> CalendarDate?) -> DueDates {
        let effectiveStart = base?.effectiveStart ?? calendar.rollForward(start)
        var dues = base?.dues ?? [CalendarDate](repeating: effectiveStart, count: steps.count)
        for index in order {
            let countedFrom: CalendarDate
            if let up = parent[index] {
                countedFrom = doneOn(up) ?? dues[up]
                if let base, countedFrom == base.dues[up] { continue }
            } else {
                if base != nil { continue }
                countedFrom = effectiveStart
            }
            let due = steps[index].offset.apply(to: countedFrom, in: calendar)
            if dues[index] != due { dues[index] = due }
        }
        return DueDates(effectiveStart: effectiveStart, dues: dues)
    }

    /// The warning for due dates (indexed like the steps) past the calendar's listed holidays;
    /// most schedules end within the listed years and skip building the list.
    package func holidayWarning(_ dues: [CalendarDate]) -> HolidayCoverageWarning? {
        guard let last = calendar.lastHolidayYear, let unlisted = CalendarDate(year: last + 1, month: 1, day: 1),
              dues.contains(where: { $0 >= unlisted }) else { return nil }
        return HolidayCoverageWarning.check(steps.indices.map { .init(id: steps[$0].id, due: dues[$0]) }, calendar: calendar)
    }

    private func schedule(start: CalendarDate, doneOn: (Int) -> CalendarDate?) -> Schedule {
        let effectiveStart = calendar.rollForward(start)
        var scheduled = [ScheduledStep](
            repeating: ScheduledStep(id: "", due: effectiveStart, countedFrom: effectiveStart, basis: .start), count: steps.count)
        for index in order {
            let countedFrom: CalendarDate
            let basis: ScheduledStep.Basis
            if let up = parent[index] {
                let upID = steps[up].id
                if let done = doneOn(up) {
                    (countedFrom, basis) = (done, .completion(of: upID))
                } else {
                    (countedFrom, basis) = (scheduled[up].due, .dueDate(of: upID))
                }
            } else {
                (countedFrom, basis) = (effectiveStart, .start)
            }
            scheduled[index] = ScheduledStep(id: steps[index].id, due: steps[index].offset.apply(to: countedFrom, in: calendar),
                                             countedFrom: countedFrom, basis: basis)
        }
        return Schedule(effectiveStart: effectiveStart, steps: scheduled, holidayWarning: holidayWarning(scheduled.map(\.due)))
    }
}
