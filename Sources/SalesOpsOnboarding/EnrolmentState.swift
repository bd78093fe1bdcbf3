import SalesOpsBasics
import SalesOpsSchedule

/// One enrolment on one day, derived from its events alone: every step's status, weighted
/// progress, the next due step and the enrolment's health.
///
/// The steps are kept compactly (a status, a done date and a due date each, the due dates shared
/// with enrolments of the same start until a completion re-flows them, attempts only for steps
/// that have some) and refer to the plan's steps by index; `steps` builds the `StepState` values.
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
    /// Weighted share of done steps, 0…1.
    package var progress: Double
    package var health: EnrolmentHealth
    /// Whether any step is overdue.
    package var hasOverdueStep: Bool
    /// Calendar days from the effective start to each certification's first pass.
    package var daysToCertify: [Int]
    /// Steps due after the last year the track's calendar lists holidays for, if any.
    package var holidayWarning: HolidayCoverageWarning?
    /// The current cycle: its number, withdrawal and pauses.
    package var cycle: EnrolmentCycle
    /// When the remaining steps are predicted to be done, once `apply(_:)` has been given one.
    package var forecast: RampForecast?

    /// The plan's steps, which `records` follow by index.
    let stepTable: PlanSteps
    /// Per step: its status, whether it is due soon, and when it was done.
    let records: [StepRecord]
    /// Per step, its due date (moved by pauses).
    let dues: [CalendarDate]
    /// Per step, its due date under the plan from the completions so far (before pauses): what
    /// the forecast counts from.
    let plannedDues: [CalendarDate]
    /// Attempts and certification periods of the steps that have any, by step index.
    let activity: [StepActivity]
    let nextIndex: Int?

    /// What one step's state holds besides its due date and attempts.
    struct StepRecord: Sendable, Hashable {
        var status: StepStatus
        var dueSoon: Bool
        var doneOn: CalendarDate?
    }

    /// A step's attempts and certification periods, kept only for steps attempted at least once.
    struct StepActivity: Sendable, Hashable {
        var index: Int
        var attempts: [AttemptRecord] = []
        var sincePass = 0
        var periods: [CertificationPeriod] = []
    }

    /// Every step's state, in plan order.
    package var steps: [StepState] { records.indices.map(step(at:)) }

    /// The earliest due step that is not done.
    package var nextDue: StepState? { nextIndex.map(step(at:)) }

    /// The state of step `index` of the plan.
    package func step(at index: Int) -> StepState {
        let activity = activity.first { $0.index == index } ?? StepActivity(index: index)
        var blockedBy: [String] = []
        for dependency in stepTable.dependencies[index] where records[dependency].doneOn == nil {
            blockedBy.append(stepTable.ids[dependency])
        }
        let record = records[index]
        return StepState(table: stepTable, index: index, due: dues[index], status: record.status, doneOn: record.doneOn,
                         blockedBy: blockedBy, attempts: activity.attempts, attemptsInCycle: activity.sincePass,
                         periods: activity.periods, dueSoon: record.dueSoon)
    }

    /// Derives the state from `events` (in store order; events of other enrolments, of
    /// unknown steps, of earlier cycles and dated after `today` are ignored, so a past day can
    /// be replayed). `person` holds the details given at enrolment; transfers and detail
    /// changes dated up to `today` apply.
    ///
    /// A pause moves the due dates of the steps not done when it began by the business days
    /// it lasted (so far, while open); a withdrawn enrolment's open steps are `withdrawn`.
    package init(plan: TrackPlan, person: Person, enrolment: Enrolment, events: [OnboardingEvent], today: CalendarDate) {
        self.init(plan: plan, person: person, enrolment: enrolment, events: events, today: today, baseDues: [:])
    }

    /// `baseDues`: the plan's due dates with nothing done, by start date, shared by the enrolments
    /// of one derivation.
    init(plan: TrackPlan, person: Person, enrolment: Enrolment, events: [OnboardingEvent], today: CalendarDate,
         baseDues: [CalendarDate: Scheduler.DueDates]) {
        let cycle = EnrolmentCycle(enrolment: enrolment, events: events, today: today)
        let table = plan.stepTable
        let count = table.count
        // A completion or waiver marks the step first (only the first of them counts).
        var records = [StepRecord](repeating: StepRecord(status: .pending, dueSoon: false, doneOn: nil), count: count)
        var activity: [StepActivity] = []

        for event in cycle.events {
            guard let id = event.step, let index = plan.indexByID[id] else { continue }
            switch event.payload {
            case .enrolled, .repinned, .withdrawn, .paused, .resumed, .transferred, .detailsChanged, .rescheduled, .reenrolled, .voided:
                break
            case .completed:
                if records[index].doneOn == nil { (records[index].doneOn, records[index].status) = (event.date, .completed) }
            case .waived:
                if records[index].doneOn == nil { (records[index].doneOn, records[index].status) = (event.date, .waived) }
            case .attempted(_, let attempt):
                let slot: Int
                if let found = activity.firstIndex(where: { $0.index == index }) {
                    slot = found
                } else {
                    slot = activity.count
                    activity.append(StepActivity(index: index))
                }
                activity[slot].attempts.append(AttemptRecord(number: attempt.number, date: event.date, passed: attempt.passed,
                                                             pending: attempt.pending, reason: attempt.reason))
                // A pending attempt waits for its review; only decided attempts count against maxAttempts.
                if !attempt.pending { activity[slot].sincePass += 1 }
                guard attempt.passed, let certification = plan.steps[index].certification else { continue }
                // A pass while a period is valid and not yet renewable opens nothing new.
                if let last = activity[slot].periods.last, last.state(on: event.date) == .certified { continue }
                activity[slot].periods.append(CertificationPeriod(
                    number: activity[slot].periods.count + 1, certifiedOn: event.date,
                    validFor: certification.validFor, renewWithin: certification.renewWithin))
                activity[slot].sincePass = 0
            }
        }
        activity.sort { $0.index < $1.index }
        // A step never completed or waived is done on its first pass.
        for entry in activity where records[entry.index].doneOn == nil {
            records[entry.index].doneOn = entry.periods.first?.certifiedOn
        }

        let planned = plan.scheduler.dueDates(start: cycle.start, base: baseDues[cycle.start]) { records[$0].doneOn }
        let effectiveStart = planned.effectiveStart
        let dues = Self.pausedDues(planned.dues, plan: plan, doneOn: { records[$0].doneOn }, pauses: cycle.pauses, today: today)
        let withdrawn = cycle.withdrawal != nil

        var doneWeight = 0.0
        var late = false
        var risky = false
        var allDone = true
        var nextIndex: Int?
        var nextDueDate = today
        var daysToCertify: [Int] = []
        var overdueSeen = false
        var activitySlot = 0
        for index in 0..<count {
            let due = dues[index]
            let marked = records[index].doneOn != nil ? records[index].status : nil
            var periods: [CertificationPeriod] = []
            if activitySlot < activity.count, activity[activitySlot].index == index {
                periods = activity[activitySlot].periods
                activitySlot += 1
            }
            let status: StepStatus
            if marked == .waived {
                status = .waived
            } else if let last = periods.last {
                switch last.state(on: today) {
                case .certified: status = .certified
                case .renewalDue: status = .expiring
                case .expired: status = .expired
                }
            } else if marked == .completed {
                status = .completed
            } else if withdrawn {
                status = .withdrawn
            } else if due < today {
                status = .overdue
            } else if table.dependencies[index].contains(where: { records[$0].doneOn == nil }) {
                status = .blocked
            } else if activitySlot > 0, activity[activitySlot - 1].index == index {
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
            if let first = periods.first { daysToCertify.append(effectiveStart.days(until: first.certifiedOn)) }
            records[index].status = status
            records[index].dueSoon = dueSoon
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
        self.progress = plan.totalWeight > 0 ? doneWeight / plan.totalWeight : (allDone ? 1 : 0)
        self.health = health
        self.hasOverdueStep = overdueSeen
        self.daysToCertify = daysToCertify
        self.holidayWarning = plan.scheduler.holidayWarning(planned.dues)
        self.cycle = cycle
        self.stepTable = table
        self.records = records
        self.dues = dues
        self.plannedDues = planned.dues
        self.activity = activity
        self.nextIndex = nextIndex
    }

    /// `dues` moved by each pause: a step not done when the pause began, due on or after its
    /// start, moves by the business days paused (up to `today` while open). A step counted
    /// `after` one done since the pause began is not moved again: its anchor already was.
    static func pausedDues(_ dues: [CalendarDate], plan: TrackPlan, doneOn: (Int) -> CalendarDate?, pauses: [EnrolmentCycle.Pause],
                           today: CalendarDate) -> [CalendarDate] {
        guard !pauses.isEmpty else { return dues }
        var moved = dues
        for pause in pauses {
            let days = plan.calendar.count(from: pause.start, to: max(pause.start, pause.end ?? today))
            guard days > 0 else { continue }
            for index in moved.indices where moved[index] >= pause.start {
                if let done = doneOn(index), done < pause.start { continue }
                if let after = plan.steps[index].due.after, let anchor = plan.indexByID[after],
                   let anchorDone = doneOn(anchor), anchorDone >= pause.start { continue }
                moved[index] = plan.calendar.offset(moved[index], businessDays: days)
            }
        }
        return moved
    }

    /// The state of the step with this id.
    package func step(_ id: String) -> StepState? {
        stepTable.ids.firstIndex(of: id).map(step(at:))
    }

    /// Why the health is what it is, worst first ("overdue: product-training (due 2026-03-09)").
    /// Built on demand: reports read it for a few enrolments, rollups never.
    package var reasons: [String] {
        var reasons: [String] = []
        if let withdrawal = cycle.withdrawal { return ["withdrawn on \(withdrawal.on): \(withdrawal.reason)"] }
        if let pause = cycle.openPause { reasons.append("paused since \(pause.start)") }
        // One pass over the compact records; the overdue list, which can name most steps, is
        // written as bytes (a report asks this of every enrolment).
        var overdue: [UInt8] = [], expired = "", expiring: [String] = []
        for index in records.indices {
            switch records[index].status {
            case .overdue:
                if overdue.isEmpty {
                    overdue.reserveCapacity(40 * (records.count - index))
                    overdue += "overdue: ".utf8
                } else {
                    overdue += ", ".utf8
                }
                overdue += stepTable.ids[index].utf8
                overdue += " (due ".utf8
                overdue += dues[index].description.utf8
                overdue += ")".utf8
            case .expired:
                expired += expired.isEmpty ? "expired: " : ", "
                expired += stepTable.ids[index]
                expired += " (expired "
                expired += lastExpiry(index)
                expired += ")"
            case .expiring: expiring.append("certification \(stepTable.ids[index]) expires \(lastExpiry(index))")
            default: continue
            }
        }
        if !overdue.isEmpty { reasons.append(String(decoding: overdue, as: UTF8.self)) }
        if !expired.isEmpty { reasons.append(expired) }
        reasons += expiring
        if let forecast, forecast.finishesLate, health == .atRisk {
            reasons.append("forecast to finish \(forecast.end.expected) (\(forecast.end.earliest) – \(forecast.end.latest)), "
                + "after the due date \(forecast.due)")
        }
        return reasons
    }

    /// When step `index`'s last certification period expires ("" when it never does).
    private func lastExpiry(_ index: Int) -> String {
        activity.first { $0.index == index }?.periods.last?.expiresOn?.description ?? ""
    }

    package static func == (left: EnrolmentState, right: EnrolmentState) -> Bool {
        left.person == right.person && left.enrolledPerson == right.enrolledPerson && left.enrolment == right.enrolment
            && left.trackTitle == right.trackTitle && left.trackVersion == right.trackVersion && left.start == right.start
            && left.effectiveStart == right.effectiveStart && left.today == right.today && left.progress == right.progress
            && left.health == right.health && left.hasOverdueStep == right.hasOverdueStep && left.daysToCertify == right.daysToCertify
            && left.holidayWarning == right.holidayWarning && left.cycle == right.cycle && left.forecast == right.forecast
            && left.steps == right.steps && left.nextDue == right.nextDue
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(enrolment)
        hasher.combine(today)
        hasher.combine(health)
        hasher.combine(dues)
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

    /// Many enrolments' states, derived on every core; the result is in input order. Enrolments
    /// on one plan that start on the same day share their due dates until a completion re-flows them.
    package static func derive(_ inputs: [Input]) -> [EnrolmentState] {
        var bases: [ObjectIdentifier: [CalendarDate: Scheduler.DueDates]] = [:]
        for index in inputs.indices {
            let plan = inputs[index].plan, start = inputs[index].enrolment.start
            if bases[ObjectIdentifier(plan)]?[start] == nil {
                bases[ObjectIdentifier(plan), default: [:]][start] = plan.scheduler.dueDates(start: start) { _ in nil }
            }
        }
        let shared = bases
        return Parallel.map(inputs.count) { index in
            EnrolmentState(plan: inputs[index].plan, person: inputs[index].person, enrolment: inputs[index].enrolment,
                           events: inputs[index].events, today: inputs[index].today,
                           baseDues: shared[ObjectIdentifier(inputs[index].plan)] ?? [:])
        }
    }
}
