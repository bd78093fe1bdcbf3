import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsSchedule

/// A pinned track prepared for deriving states: steps by index, dependencies as indices,
/// weights, and the business calendar. Built once per track version and shared by every
/// enrolment on it.
public struct TrackPlan: Sendable {
    public let version: TrackVersion
    public let calendar: BusinessCalendar
    public var name: String { version.track.name }
    public var steps: [Step] { version.track.spec.steps }
    /// Step index by id.
    public let indexByID: [String: Int]
    /// For each step, the indices of the steps it depends on.
    let dependencies: [[Int]]
    let weights: [Double]
    let totalWeight: Double
    let scheduleSteps: [ScheduleStep]
    /// For each step, the index of the step it counts from with `after`.
    let parents: [Int?]
    /// Step indices with every `after` target before the steps that count from it.
    let order: [Int]

    public init(version: TrackVersion) throws(OnboardingError) {
        self.version = version
        let spec = version.calendar.spec
        let mask = (1...7).map { day in spec.workingDays.contains { $0.isoNumber == day } }
        do {
            calendar = try BusinessCalendar(name: version.calendar.name, weekmask: mask,
                                            holidays: (spec.holidays ?? []).map(\.date))
        } catch {
            throw .unschedulable(track: version.track.name, ScheduleError(issues: []))
        }
        let steps = version.track.spec.steps
        var index: [String: Int] = [:]
        for (position, step) in steps.enumerated() { index[step.id] = position }
        indexByID = index
        dependencies = steps.map { ($0.dependsOn ?? []).compactMap { index[$0] } }
        weights = steps.map { $0.weight ?? 1 }
        totalWeight = weights.reduce(0, +)
        scheduleSteps = steps.map { step in
            let offset: DueOffset
            if let n = step.due.businessDays { offset = .businessDays(n) }
            else if let n = step.due.days { offset = .days(n) }
            else { offset = .weeks(step.due.weeks ?? 0) }
            return ScheduleStep(id: step.id, offset: offset, after: step.due.after)
        }
        // Schedule once now, so a track that cannot be dated fails here with every issue
        // (unknown or cyclic `after`); past this point every chain ends at the start.
        do {
            _ = try Schedule(start: CalendarDate(daysSinceEpoch: 20_000), calendar: calendar, steps: scheduleSteps)
        } catch {
            throw .unschedulable(track: version.track.name, error)
        }
        let parents = steps.map { step in step.due.after.flatMap { index[$0] } }
        var order: [Int] = []
        var placed = [Bool](repeating: false, count: steps.count)
        func place(_ step: Int) {
            guard !placed[step] else { return }
            if let parent = parents[step] { place(parent) }
            placed[step] = true
            order.append(step)
        }
        for step in steps.indices { place(step) }
        self.parents = parents
        self.order = order
    }

    /// Due dates by step index, as `Schedule` computes them, for steps done on `doneOn`
    /// (indexed like the steps): the same rules over arrays, without building a `Schedule`,
    /// because status reports date every step of every enrolment.
    func dueDates(start: CalendarDate, doneOn: [CalendarDate?]) -> (effectiveStart: CalendarDate, due: [CalendarDate]) {
        let effectiveStart = calendar.rollForward(start)
        var due = [CalendarDate](repeating: effectiveStart, count: scheduleSteps.count)
        for index in order {
            let base = parents[index].map { parent in doneOn[parent] ?? due[parent] } ?? effectiveStart
            due[index] = scheduleSteps[index].offset.apply(to: base, in: calendar)
        }
        return (effectiveStart, due)
    }

    /// Due dates from `start`; `completions` re-flow the steps counted `after` them.
    public func schedule(start: CalendarDate, completions: [String: CalendarDate] = [:]) -> Schedule {
        // The steps were checked in init, so scheduling them again cannot fail.
        try! Schedule(start: start, calendar: calendar, steps: scheduleSteps, completions: completions)
    }

    /// The step with this id, or an error with the nearest id.
    public func step(_ id: String) throws(OnboardingError) -> (index: Int, step: Step) {
        guard let index = indexByID[id] else {
            throw .unknownStep(id, track: name, suggestion: Suggestion.nearest(to: id, in: steps.map(\.id)))
        }
        return (index, steps[index])
    }
}
