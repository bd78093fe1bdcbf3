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
/// - Completions of ids that are not steps are ignored.
///
/// Steps are evaluated in dependency order, each once: O(steps).
public struct Schedule: Sendable, Hashable {
    /// The start date rolled forward to a business day.
    public let effectiveStart: CalendarDate
    /// One entry per step, in the order the steps were given.
    public let steps: [ScheduledStep]
    /// Due date by step id.
    public let dueDates: [String: CalendarDate]
    /// Steps due after the last year the calendar lists holidays for, if any.
    public let holidayWarning: HolidayCoverageWarning?

    /// Schedules `steps`; throws every problem found (unknown or cyclic `after`, duplicate
    /// ids, negative offsets on steps with `after`, offsets beyond `DueOffset.limit`) at once.
    public init(
        start: CalendarDate,
        calendar: BusinessCalendar,
        steps: [ScheduleStep],
        completions: [String: CalendarDate] = [:]
    ) throws(ScheduleError) {
        let effectiveStart = calendar.rollForward(start)
        var issues: [ScheduleIssue] = []

        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(steps.count)
        for (index, step) in steps.enumerated() {
            if indexByID.updateValue(index, forKey: step.id) != nil {
                issues.append(.duplicateStep(id: step.id))
            }
        }

        // Each step has at most one `after`, so the links form a forest unless a chain loops.
        var parent = [Int?](repeating: nil, count: steps.count)
        var failed = [Bool](repeating: false, count: steps.count)
        for (index, step) in steps.enumerated() {
            if step.offset.amount.magnitude > DueOffset.limit.magnitude {
                failed[index] = true
                issues.append(.offsetOutOfRange(step: step.id, offset: step.offset))
            }
            guard let after = step.after else { continue }
            if let target = indexByID[after] {
                parent[index] = target
            } else {
                failed[index] = true
                issues.append(.unknownAfter(
                    step: step.id, after: after,
                    suggestion: Suggestion.nearest(to: after, in: steps.lazy.map(\.id))))
            }
            if step.offset.amount < 0 {
                failed[index] = true
                issues.append(.negativeOffsetAfter(step: step.id, offset: step.offset, after: after))
            }
        }

        // Walk each chain up to a step already scheduled (or the start), then schedule the
        // chain back down; a chain that meets itself is a cycle.
        enum State: UInt8 { case unvisited, onPath, done }
        var state = [State](repeating: .unvisited, count: steps.count)
        var positionOnPath = [Int](repeating: 0, count: steps.count)
        var scheduled = [ScheduledStep?](repeating: nil, count: steps.count)
        var path: [Int] = []
        for first in steps.indices where state[first] == .unvisited {
            path.removeAll(keepingCapacity: true)
            var current: Int? = first
            while let index = current, state[index] != .done {
                if state[index] == .onPath {
                    let loop = path[positionOnPath[index]...]
                    issues.append(.cycle(loop.map { steps[$0].id } + [steps[index].id]))
                    for member in loop { failed[member] = true }
                    break
                }
                state[index] = .onPath
                positionOnPath[index] = path.count
                path.append(index)
                current = parent[index]
            }
            for index in path.reversed() {
                state[index] = .done
                let step = steps[index]
                let countedFrom: CalendarDate
                let basis: ScheduledStep.Basis
                if let up = parent[index] {
                    // A step after a failed one cannot be dated; its own issue is the one upstream.
                    guard !failed[index], !failed[up], let upstream = scheduled[up] else {
                        failed[index] = true
                        continue
                    }
                    let upID = steps[up].id
                    if let completed = completions[upID] {
                        (countedFrom, basis) = (completed, .completion(of: upID))
                    } else {
                        (countedFrom, basis) = (upstream.due, .dueDate(of: upID))
                    }
                } else {
                    guard !failed[index] else { continue }
                    (countedFrom, basis) = (effectiveStart, .start)
                }
                let due = step.offset.apply(to: countedFrom, in: calendar)
                scheduled[index] = ScheduledStep(id: step.id, due: due, countedFrom: countedFrom, basis: basis)
            }
        }

        guard issues.isEmpty else { throw ScheduleError(issues: issues) }
        let result = scheduled.compactMap { $0 }
        self.effectiveStart = effectiveStart
        self.steps = result
        self.dueDates = Dictionary(result.map { ($0.id, $0.due) }, uniquingKeysWith: { first, _ in first })
        self.holidayWarning = HolidayCoverageWarning.check(result.map { .init(id: $0.id, due: $0.due) }, calendar: calendar)
    }
}
