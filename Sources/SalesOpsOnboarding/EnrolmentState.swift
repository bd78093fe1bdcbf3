import SalesOpsBasics
import SalesOpsSchedule

/// One enrolment on one day, derived from its events alone: every step's status, weighted
/// progress, the next due step and the enrolment's health.
package struct EnrolmentState: Sendable, Hashable, Encodable {
    /// The person's details on `today`.
    package var person: Person
    /// The details as given at enrolment, before any transfer or change.
    package var enrolledPerson: Person
    package var enrolment: EnrolmentKey
    package var trackTitle: String
    package var trackVersion: String
    package var start: CalendarDate
    /// The start rolled forward to a business day; offsets count from it.
    package var effectiveStart: CalendarDate
    /// The day the state describes.
    package var today: CalendarDate
    package var steps: [StepState]
    /// Weighted share of done steps, 0…1.
    package var progress: Double
    /// The earliest due step that is not done.
    package var nextDue: StepState?
    package var health: EnrolmentHealth
    /// Whether any step is overdue.
    package var hasOverdueStep: Bool
    /// Calendar days from the effective start to each certification's first pass.
    package var daysToCertify: [Int]
    /// Steps due after the last year the track's calendar lists holidays for, if any.
    package var holidayWarning: HolidayCoverageWarning?
    /// The current cycle: its number, withdrawal and pauses.
    package var cycle: EnrolmentCycle
    /// When the remaining steps are predicted to be done, once `applying(_:)` has been given one.
    package var forecast: RampForecast?

    /// Derives the state from `events` (in store order; events of other enrolments, of
    /// unknown steps, of earlier cycles and dated after `today` are ignored, so a past day can
    /// be replayed). `person` holds the details given at enrolment; transfers and detail
    /// changes dated up to `today` apply.
    ///
    /// A pause moves the due dates of the steps not done when it began by the business days
    /// it lasted (so far, while open); a withdrawn enrolment's open steps are `withdrawn`.
    package init(plan: TrackPlan, person: Person, enrolment: Enrolment, events: [OnboardingEvent], today: CalendarDate) {
        let cycle = EnrolmentCycle(enrolment: enrolment, events: events, today: today)
        let steps = plan.steps
        let count = steps.count
        var completedOn = [CalendarDate?](repeating: nil, count: count)
        var waivedOn = [CalendarDate?](repeating: nil, count: count)
        var attempts = [[AttemptRecord]](repeating: [], count: count)
        var sincePass = [Int](repeating: 0, count: count)
        var periods = [[CertificationPeriod]](repeating: [], count: count)

        for event in cycle.events {
            guard let id = event.step, let index = plan.indexByID[id] else { continue }
            switch event.payload {
            case .enrolled, .repinned, .withdrawn, .paused, .resumed, .transferred, .detailsChanged, .rescheduled, .reenrolled:
                break
            case .completed:
                if completedOn[index] == nil, waivedOn[index] == nil { completedOn[index] = event.date }
            case .waived:
                if completedOn[index] == nil, waivedOn[index] == nil { waivedOn[index] = event.date }
            case .attempted(_, let attempt):
                attempts[index].append(AttemptRecord(number: attempt.number, date: event.date, passed: attempt.passed, reason: attempt.reason))
                sincePass[index] += 1
                guard attempt.passed, let certification = steps[index].certification else { continue }
                // A pass while a period is valid and not yet renewable opens nothing new.
                if let last = periods[index].last, last.state(on: event.date) == .certified { continue }
                periods[index].append(CertificationPeriod(
                    number: periods[index].count + 1, certifiedOn: event.date,
                    validFor: certification.validFor, renewWithin: certification.renewWithin))
                sincePass[index] = 0
            }
        }

        var doneOn = [CalendarDate?](repeating: nil, count: count)
        for index in 0..<count {
            doneOn[index] = completedOn[index] ?? waivedOn[index] ?? periods[index].first?.certifiedOn
        }
        let schedule = plan.scheduler.schedule(start: cycle.start, doneOn: doneOn)
        let effectiveStart = schedule.effectiveStart
        let dues = Self.pausedDues(schedule.steps.map { $0.due }, plan: plan, doneOn: doneOn, pauses: cycle.pauses, today: today)
        let withdrawn = cycle.withdrawal != nil

        var states: [StepState] = []
        states.reserveCapacity(count)
        var doneWeight = 0.0
        var late = false
        var risky = false
        var allDone = true
        var nextIndex: Int?
        var nextDueDate = today
        var daysToCertify: [Int] = []
        var overdueSeen = false
        // Steps are read field by field: copying a whole `Step` per enrolment and step costs
        // more than deriving its status.
        for index in 0..<count {
            let due = dues[index]
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
            } else if withdrawn {
                status = .withdrawn
            } else if due < today {
                status = .overdue
            } else if !blockedBy.isEmpty {
                status = .blocked
            } else if !attempts[index].isEmpty {
                status = .inProgress
            } else {
                status = .pending
            }
            var dueSoon = false
            switch status {
            case .overdue:
                late = true
                overdueSeen = true
            case .expired:
                late = true
            case .expiring:
                risky = true
            case .pending, .blocked:
                dueSoon = plan.calendar.count(from: today, to: due) <= EnrolmentHealth.riskHorizon
            default:
                break
            }
            if status.isDone {
                doneWeight += plan.weights[index]
            } else if !withdrawn {
                allDone = false
                if nextIndex == nil || due < nextDueDate { (nextIndex, nextDueDate) = (index, due) }
            }
            if let first = periods[index].first { daysToCertify.append(effectiveStart.days(until: first.certifiedOn)) }
            states.append(StepState(
                id: steps[index].id, title: steps[index].title, owner: steps[index].owner, due: due, status: status, doneOn: doneOn[index],
                blockedBy: blockedBy, certification: steps[index].certification.map { $0.name ?? steps[index].title },
                attempts: attempts[index], attemptsInCycle: sincePass[index], periods: periods[index], dueSoon: dueSoon))
        }

        let health: EnrolmentHealth
        if withdrawn { health = .withdrawn }
        else if cycle.openPause != nil { health = .paused }
        else if late { health = .late }
        else if risky { health = .atRisk }
        else if allDone { health = .completed }
        else { health = .onTrack }

        self.person = cycle.personChanges.isEmpty ? person : person.asOf(today, events: cycle.personChanges)
        self.enrolledPerson = person
        self.enrolment = enrolment.key
        self.trackTitle = plan.version.track.title
        self.trackVersion = enrolment.trackVersion
        self.start = cycle.start
        self.effectiveStart = effectiveStart
        self.today = today
        self.steps = states
        self.progress = plan.totalWeight > 0 ? doneWeight / plan.totalWeight : (allDone ? 1 : 0)
        self.nextDue = nextIndex.map { states[$0] }
        self.health = health
        self.hasOverdueStep = overdueSeen
        self.daysToCertify = daysToCertify
        self.holidayWarning = schedule.holidayWarning
        self.cycle = cycle
    }

    /// `dues` moved by each pause: a step not done when the pause began, due on or after its
    /// start, moves by the business days paused (up to `today` while open). A step counted
    /// `after` one done since the pause began is not moved again: its anchor already was.
    static func pausedDues(_ dues: [CalendarDate], plan: TrackPlan, doneOn: [CalendarDate?], pauses: [EnrolmentCycle.Pause],
                           today: CalendarDate) -> [CalendarDate] {
        guard !pauses.isEmpty else { return dues }
        var moved = dues
        for pause in pauses {
            let days = plan.calendar.count(from: pause.start, to: max(pause.start, pause.end ?? today))
            guard days > 0 else { continue }
            for index in moved.indices where moved[index] >= pause.start {
                if let done = doneOn[index], done < pause.start { continue }
                if let after = plan.steps[index].due.after, let anchor = plan.indexByID[after],
                   let anchorDone = doneOn[anchor], anchorDone >= pause.start { continue }
                moved[index] = plan.calendar.offset(moved[index], businessDays: days)
            }
        }
        return moved
    }

    /// The state of the step with this id.
    package func step(_ id: String) -> StepState? {
        steps.first { $0.id == id }
    }

    /// Why the health is what it is, worst first ("overdue: product-training (due 2026-03-09)").
    /// Built on demand: reports read it for a few enrolments, rollups never.
    package var reasons: [String] {
        var reasons: [String] = []
        if let withdrawal = cycle.withdrawal { return ["withdrawn on \(withdrawal.on): \(withdrawal.reason)"] }
        if let pause = cycle.openPause { reasons.append("paused since \(pause.start)") }
        // One pass, reading the steps in place (a report asks this of every enrolment).
        var overdue: [String] = [], expired: [String] = [], expiring: [String] = []
        for index in steps.indices {
            switch steps[index].status {
            case .overdue: overdue.append("\(steps[index].id) (due \(steps[index].due))")
            case .expired: expired.append("\(steps[index].id) (expired \(steps[index].periods.last?.expiresOn?.description ?? ""))")
            case .expiring: expiring.append("certification \(steps[index].id) expires \(steps[index].periods.last?.expiresOn?.description ?? "")")
            default: continue
            }
        }
        if !overdue.isEmpty { reasons.append("overdue: " + overdue.joined(separator: ", ")) }
        if !expired.isEmpty { reasons.append("expired: " + expired.joined(separator: ", ")) }
        reasons += expiring
        if let forecast, forecast.finishesLate, health == .atRisk {
            reasons.append("forecast to finish \(forecast.end.expected) (\(forecast.end.earliest) – \(forecast.end.latest)), "
                + "after the due date \(forecast.due)")
        }
        return reasons
    }

    package func encode(to encoder: any Encoder) throws {
        try encoder.encodeFields([
            "person": person, "enrolment": enrolment, "trackTitle": trackTitle, "trackVersion": trackVersion, "start": start,
            "effectiveStart": effectiveStart, "today": today, "steps": steps, "progress": progress, "nextDue": nextDue,
            "health": health, "reasons": reasons,
        ])
    }
}

extension EnrolmentState {
    /// One enrolment to derive: its plan, its history and the person's today.
    package struct Input: Sendable {
        package var plan: TrackPlan
        package var person: Person
        package var enrolment: Enrolment
        package var events: [OnboardingEvent]
        package var today: CalendarDate

        package init(plan: TrackPlan, person: Person, enrolment: Enrolment, events: [OnboardingEvent], today: CalendarDate) {
            self.plan = plan
            self.person = person
            self.enrolment = enrolment
            self.events = events
            self.today = today
        }
    }

    /// Many enrolments' states, derived on every core; the result is in input order.
    package static func derive(_ inputs: [Input]) -> [EnrolmentState] {
        Parallel.map(inputs.count) { index in
            let input = inputs[index]
            return EnrolmentState(plan: input.plan, person: input.person, enrolment: input.enrolment, events: input.events, today: input.today)
        }
    }
}
