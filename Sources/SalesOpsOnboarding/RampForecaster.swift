import SalesOpsBasics
import SalesOpsSchedule

/// Predicts when an enrolment's remaining steps will be done, from the track's plan, how late
/// each step was done in finished enrolments (`StepSlips`), and the person's own pace so far.
///
/// Rules:
/// - Each remaining step is predicted done its slip after its due date, in business days. A
///   due date counted `after` a step moves with that step's predicted completion (as dates
///   re-flow on real completions), and no step is predicted done before its dependencies or
///   before today.
/// - The slip of a step is the cohort's median slip for it when at least `minimumCohort`
///   finished enrolments were observed on it, else 0 (the plan alone); plus the person's pace.
/// - The pace is the mean of the person's own slips minus that basis over the steps they have
///   done (not waived), shrunk towards 0 by n / (n + 2) so two steps do not make a trend.
/// - The range uses the cohort's 10th and 90th percentile slips instead of the median; on the
///   plan alone, ±10 % of the step's business days from the start (at least one day).
///
/// Pure: values in, values out; today is passed in.
package struct RampForecaster: Sendable {
    /// Finished enrolments needed before the cohort's slips are used.
    package static let minimumCohort = 5

    package let plan: TrackPlan
    package let cohort: StepSlips
    /// For each step, the step its due date counts from (`after`), if any.
    private let parent: [Int?]
    /// Every step after what it counts from and depends on, so one pass predicts them all.
    private let order: [Int]
    /// The plan's parts a projection reads per step, copied out once (not per enrolment).
    private let calendar: BusinessCalendar
    private let offsets: [DueOffset]
    private let dependencies: [[Int]]
    /// Per step, the cohort's (10th, 50th, 90th percentile) slip, when it may be used.
    private let cohortBasis: [(low: Int, median: Int, high: Int)?]

    package init(plan: TrackPlan, cohort: StepSlips = StepSlips()) {
        self.plan = plan
        self.cohort = cohort
        let parent = plan.steps.map { $0.due.after.flatMap { plan.indexByID[$0] } }
        self.parent = parent
        let walk = DependencyGraph(prerequisites: plan.steps.indices.map { plan.dependencies[$0] + (parent[$0].map { [$0] } ?? []) }).walk()
        // A cycle between `after` and `dependsOn` (which validation reports) leaves steps out of
        // the walk; they come last and count from their parents' due dates.
        var order = walk.order
        let walked = Set(order)
        order += plan.steps.indices.filter { !walked.contains($0) }
        self.order = order
        calendar = plan.calendar
        offsets = plan.scheduler.steps.map(\.offset)
        dependencies = plan.dependencies
        cohortBasis = plan.steps.map { step in
            guard cohort.enrolments >= Self.minimumCohort, let slips = cohort.byStep[step.id], slips.count >= Self.minimumCohort
            else { return nil }
            return (Self.percentile(slips, 0.1), Self.percentile(slips, 0.5), Self.percentile(slips, 0.9))
        }
    }

    /// The forecast for `progress` on `today`. With `usingHistory` false, the plan alone: every
    /// remaining step done on its due date (the baseline the backtest compares against).
    package func forecast(_ progress: RampProgress, today: CalendarDate, usingHistory: Bool = true) -> RampForecast {
        let planned = plan.scheduler.dueDates(start: progress.start) { progress.doneOn[$0] }
        return forecast(progress, planned: planned, today: today, usingHistory: usingHistory)
    }

    /// The forecast for `progress`, whose due dates under the plan (from its completions so far)
    /// are `planned`.
    func forecast(_ progress: RampProgress, planned: Scheduler.DueDates, today: CalendarDate, usingHistory: Bool = true) -> RampForecast {
        let table = plan.stepTable
        let count = table.count
        let dues = planned.dues
        let useCohort = usingHistory && cohort.enrolments >= Self.minimumCohort
        // Per step: (low, median, high) slip of the basis.
        let basis: [(low: Int, median: Int, high: Int)] = (0..<count).map { index in
            if usingHistory, let learned = cohortBasis[index] { return learned }
            let spread = usingHistory
                ? max(1, Int((Double(calendar.count(from: planned.effectiveStart, to: dues[index])) * 0.1).rounded()))
                : 0
            return (-spread, 0, spread)
        }
        var deviations: [Double] = []
        for index in 0..<count where !progress.waived[index] {
            guard let done = progress.doneOn[index] else { continue }
            deviations.append(Double(calendar.count(from: dues[index], to: done) - basis[index].median))
        }
        let measured = Double(deviations.count)
        let pace = usingHistory && !deviations.isEmpty ? deviations.reduce(0, +) / measured * measured / (measured + 2) : 0
        let shift = Int(pace.rounded())

        let expected = project(progress, planned: planned, today: today) { basis[$0].median + shift }
        let earliest = project(progress, planned: planned, today: today) { basis[$0].low + shift }
        let latest = project(progress, planned: planned, today: today) { basis[$0].high + shift }
        func range(_ index: Int) -> RampForecast.Range {
            let middle = expected[index]
            return RampForecast.Range(expected: middle, earliest: min(earliest[index], middle), latest: max(latest[index], middle))
        }

        var certifications: [RampForecast.Certification] = []
        for index in 0..<count where progress.doneOn[index] == nil {
            guard let certification = table.certifications[index] else { continue }
            certifications.append(RampForecast.Certification(step: table.ids[index], certification: certification,
                                                             due: dues[index], forecast: range(index)))
        }
        let last = (0..<count).max { expected[$0] < expected[$1] } ?? 0
        let due = dues.max() ?? planned.effectiveStart
        let end = count == 0
            ? RampForecast.Range(expected: planned.effectiveStart, earliest: planned.effectiveStart, latest: planned.effectiveStart)
            : RampForecast.Range(expected: expected[last], earliest: min(earliest.max() ?? expected[last], expected[last]),
                                 latest: max(latest.max() ?? expected[last], expected[last]))
        return RampForecast(basis: useCohort ? .cohort : .plan, cohortSize: cohort.enrolments, stepsMeasured: deviations.count,
                            paceDays: pace, certifications: certifications, due: due, end: end)
    }

    /// Completion dates for every step: the recorded ones, and for the others their due date
    /// (counted from the predicted completion of the step it is `after`) moved by `slip`
    /// business days, not before their dependencies or today.
    func project(_ progress: RampProgress, planned: Scheduler.DueDates, today: CalendarDate, slip: (Int) -> Int) -> [CalendarDate] {
        let earliest = calendar.rollForward(today)
        var done = progress.doneOn
        for index in order where progress.doneOn[index] == nil {
            let base = parent[index].map { done[$0] ?? planned.dues[$0] } ?? planned.effectiveStart
            let due = offsets[index].apply(to: base, in: calendar)
            var date = max(calendar.offset(due, businessDays: slip(index)), earliest)
            for dependency in dependencies[index] {
                if let before = done[dependency], before > date { date = before }
            }
            done[index] = date
        }
        return done.map { $0 ?? earliest }
    }

    /// The nearest-rank percentile of sorted values.
    static func percentile(_ sorted: [Int], _ share: Double) -> Int {
        sorted[min(sorted.count - 1, max(0, Int((share * Double(sorted.count)).rounded(.up)) - 1))]
    }
}
