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
        return Schedule(effectiveStart: effectiveStart, steps: scheduled, calendar: calendar)
    }
}
