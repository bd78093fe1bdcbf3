import SalesOpsBasics
import SalesOpsSchedule

/// One enrolment on one day, derived from its events alone: every step's status, weighted
/// progress, the next due step and the enrolment's health.
public struct EnrolmentState: Sendable, Hashable, Codable {
    public var person: Person
    public var enrolment: EnrolmentKey
    public var trackTitle: String
    public var trackVersion: String
    public var start: CalendarDate
    /// The start rolled forward to a business day; offsets count from it.
    public var effectiveStart: CalendarDate
    /// The day the state describes.
    public var today: CalendarDate
    public var steps: [StepState]
    /// Weighted share of done steps, 0…1.
    public var progress: Double
    /// The earliest due step that is not done.
    public var nextDue: StepState?
    public var health: EnrolmentHealth
    /// Why the health is what it is ("overdue: product-training (due 2026-03-09)").
    public var reasons: [String]

    /// Derives the state from `events` (in store order; events of other enrolments and
    /// unknown steps are ignored). `baseSchedule` may pass the schedule for this start date
    /// without completions, shared by enrolments that start on the same day.
    public init(plan: TrackPlan, person: Person, enrolment: Enrolment, events: [OnboardingEvent], today: CalendarDate,
                baseSchedule: Schedule? = nil) {
        let steps = plan.steps
        let count = steps.count
        var completedOn = [CalendarDate?](repeating: nil, count: count)
        var waivedOn = [CalendarDate?](repeating: nil, count: count)
        var attempts = [[AttemptRecord]](repeating: [], count: count)
        var cycle = [Int](repeating: 0, count: count)
        var periods = [[CertificationPeriod]](repeating: [], count: count)

        for event in events where event.enrolment == enrolment.key {
            guard let id = event.step, let index = plan.indexByID[id] else { continue }
            switch event.kind {
            case .enrolled:
                break
            case .completed:
                if completedOn[index] == nil, waivedOn[index] == nil { completedOn[index] = event.date }
            case .waived:
                if completedOn[index] == nil, waivedOn[index] == nil { waivedOn[index] = event.date }
            case .attempted:
                let passed = event.details.passed ?? false
                attempts[index].append(AttemptRecord(
                    number: event.details.attemptNumber ?? cycle[index] + 1, date: event.date,
                    passed: passed, reason: event.details.reason ?? ""))
                cycle[index] += 1
                guard passed, let certification = steps[index].certification else { continue }
                // A pass while a period is valid and not yet renewable opens nothing new.
                if let last = periods[index].last, last.state(on: event.date) == .certified { continue }
                periods[index].append(CertificationPeriod(
                    number: periods[index].count + 1, certifiedOn: event.date,
                    validFor: certification.validFor, renewWithin: certification.renewWithin))
                cycle[index] = 0
            }
        }

        var doneOn = [CalendarDate?](repeating: nil, count: count)
        var completions: [String: CalendarDate] = [:]
        for index in 0..<count {
            doneOn[index] = completedOn[index] ?? waivedOn[index] ?? periods[index].first?.certifiedOn
            if let date = doneOn[index], plan.afterTargets.contains(steps[index].id) {
                completions[steps[index].id] = date
            }
        }
        let schedule = completions.isEmpty
            ? (baseSchedule ?? plan.schedule(start: enrolment.start))
            : plan.schedule(start: enrolment.start, completions: completions)

        var states: [StepState] = []
        states.reserveCapacity(count)
        var doneWeight = 0.0
        var overdue: [String] = []
        var expired: [String] = []
        var risks: [String] = []
        var allDone = true
        var next: StepState?
        for index in 0..<count {
            let step = steps[index]
            let due = schedule.steps[index].due
            let status: StepStatus
            var blockedBy: [String] = []
            for dependency in plan.dependencies[index] where doneOn[dependency] == nil {
                blockedBy.append(steps[dependency].id)
            }
            if waivedOn[index] != nil {
                status = .waived
            } else if let last = periods[index].last {
                switch last.state(on: today) {
                case .certified: status = .certified
                case .renewalDue: status = .expiring
                case .expired: status = .expired
                }
            } else if completedOn[index] != nil {
                status = .completed
            } else if due < today {
                status = .overdue
            } else if !blockedBy.isEmpty {
                status = .blocked
            } else if !attempts[index].isEmpty {
                status = .inProgress
            } else {
                status = .pending
            }
            let state = StepState(
                id: step.id, title: step.title, owner: step.owner, due: due, status: status, doneOn: doneOn[index],
                blockedBy: blockedBy, certification: step.certification.map { $0.name ?? step.title },
                attempts: attempts[index], attemptsInCycle: cycle[index], periods: periods[index])
            if status.isDone {
                doneWeight += plan.weights[index]
            } else {
                allDone = false
                if next == nil || due < next!.due { next = state }
            }
            switch status {
            case .overdue:
                overdue.append("\(step.id) (due \(due))")
            case .expired:
                expired.append("\(step.id) (expired \(last(periods[index])?.expiresOn.map(\.description) ?? ""))")
            case .expiring:
                risks.append("certification \(step.id) expires \(last(periods[index])?.expiresOn.map(\.description) ?? "")")
            case .inProgress where attempts[index].last?.passed == false:
                risks.append("last attempt at \(step.id) failed")
            case .pending, .blocked:
                if plan.calendar.count(from: today, to: due) <= EnrolmentHealth.riskHorizon {
                    risks.append("\(step.id) due \(due), not started")
                }
            default:
                break
            }
            states.append(state)
        }

        var reasons: [String] = []
        if !overdue.isEmpty { reasons.append("overdue: " + overdue.joined(separator: ", ")) }
        if !expired.isEmpty { reasons.append("expired: " + expired.joined(separator: ", ")) }
        reasons += risks
        let health: EnrolmentHealth
        if !overdue.isEmpty || !expired.isEmpty { health = .late }
        else if !risks.isEmpty { health = .atRisk }
        else if allDone { health = .completed }
        else { health = .onTrack }

        self.person = person
        self.enrolment = enrolment.key
        self.trackTitle = plan.version.track.title
        self.trackVersion = enrolment.trackVersion
        self.start = enrolment.start
        self.effectiveStart = schedule.effectiveStart
        self.today = today
        self.steps = states
        self.progress = plan.totalWeight > 0 ? doneWeight / plan.totalWeight : (allDone ? 1 : 0)
        self.nextDue = next
        self.health = health
        self.reasons = reasons
    }

    /// The state of the step with this id.
    public func step(_ id: String) -> StepState? {
        steps.first { $0.id == id }
    }

    /// Calendar days from the effective start to each certification's first pass.
    public var daysToCertify: [Int] {
        steps.compactMap { step in step.periods.first.map { effectiveStart.days(until: $0.certifiedOn) } }
    }
}

private func last(_ periods: [CertificationPeriod]) -> CertificationPeriod? { periods.last }
