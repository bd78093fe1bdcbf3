import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsPluginHost

/// Turns a request (enrol, complete, waive, attempt) into the event to append, or refuses
/// it with an `OnboardingError`. Pure: the day, the clock reading and the actor are passed in,
/// and the only call out is to the certification's verifier.
///
/// Rules:
/// - A request the enrolment's events already record (same step, day and values) is answered
///   with the stored event, so repeating a command changes nothing; the caller sees its
///   `sequence` set.
/// - A step is done once: a second completion or waiver is refused.
/// - A step whose dependencies are not done cannot be completed or attempted (waiving is
///   allowed: it is how a manager unblocks a person).
/// - Dates lie between the enrolment's start and today.
/// - A certification step is decided by its verifier: a completion with evidence is an
///   attempt; attempts beyond `maxAttempts` in a cycle are refused; while a period is valid
///   and its renewal window is not open, another attempt is refused.
package struct OnboardingRules: Sendable {
    package var today: CalendarDate
    /// When the event is recorded, UTC (`2026-03-02T14:03:05Z`).
    package var recordedAt: String
    package var actor: String
    /// The enrolment's stored events, where a repeated request finds the event it made.
    package var recorded: [OnboardingEvent]

    package init(today: CalendarDate, recordedAt: String, actor: String, recorded: [OnboardingEvent] = []) {
        self.today = today
        self.recordedAt = recordedAt
        self.actor = actor
        self.recorded = recorded
    }

    // MARK: Tracks

    /// Checks a track through its track kind (owners, required fields, the kind's own
    /// checks) and that every certification's verifier is loaded.
    package static func checkTrack(_ track: Track, registry: PluginRegistry) throws(OnboardingError) {
        let problems = try trackKindProblems(track, registry: registry).map(\.description)
        if !problems.isEmpty { throw .invalidTrack(track: track.name, problems: problems) }
        for step in track.spec.steps {
            guard let certification = step.certification else { continue }
            let verifier = verifierID(of: certification, audience: track.spec.audience, registry: registry)
            if !registry.contains(.verifier, verifier) {
                throw .unknownVerifier(step: step.id, verifier: verifier, known: registry.ids(of: .verifier))
            }
        }
    }

    /// What the track's kind finds wrong with it (paths relative to `spec`); a kind that
    /// cannot check it is one problem.
    package static func trackKindProblems(_ track: Track, registry: PluginRegistry) throws(OnboardingError) -> [TrackProblem] {
        let audience = track.spec.audience
        let kind: any TrackKind
        do {
            kind = try registry.trackKind(audience)
        } catch {
            throw .unknownTrackKind(track: track.name, audience: audience, known: registry.ids(of: .trackKind))
        }
        let spec: JSONValue
        do {
            spec = try JSONValue(parsing: try TrackVersion.canonicalJSON(track.spec))
        } catch {
            throw .storedDefinitionUnreadable(detail: "\(error)")
        }
        do {
            return try kind.validate(TrackValidationRequest(track: spec))
        } catch {
            return [TrackProblem(path: "", message: "track kind \(audience) could not check the track: \(error)")]
        }
    }

    // MARK: Events

    /// The `enrolled` event for a new enrolment of `person`; nil when `existing` (their current
    /// enrolment on this track) and `stored` (their stored details) say the same already.
    /// A different start or detail is refused: an enrolment is never silently changed.
    package func enrol(_ enrolment: Enrolment, person: Person, existing: Enrolment?,
                      stored: Person?) throws(OnboardingError) -> OnboardingEvent? {
        if let existing {
            guard existing.start == enrolment.start else {
                throw .alreadyEnrolled(person: existing.person, track: existing.track, start: existing.start)
            }
            if let stored, stored.merged(with: person) != stored {
                throw .enrolledWithOtherDetails(stored: stored, given: person, track: existing.track)
            }
            return nil
        }
        return event(enrolment.key, .enrolled, date: today, key: "enrol/\(enrolment.person)/\(enrolment.track)")
    }

    /// Completes a step; on a certification step, `evidence` makes it an attempt.
    package func complete(_ state: EnrolmentState, plan: TrackPlan, step id: String, on date: CalendarDate?, note: String?,
                         evidence: Int?, registry: PluginRegistry) throws(OnboardingError) -> OnboardingEvent {
        let (index, step) = try plan.step(id)
        if let certification = step.certification {
            guard let evidence else {
                throw .certificationNeedsEvidence(
                    step: id, verifier: Self.verifierID(of: certification, audience: plan.version.track.spec.audience, registry: registry))
            }
            return try attempt(state, plan: plan, step: id, on: date, evidence: evidence, note: note, registry: registry)
        }
        let day = try checkedDate(date, state: state)
        let request = event(state.enrolment, .completed(step: id, evidence: evidence, note: note), date: day,
                            key: "complete/\(state.enrolment.person)/\(state.enrolment.track)/\(id)")
        if let stored = stored(request) { return stored }
        try checkOpen(state)
        let current = state.step(at: index)
        if let done = current.doneOn { throw .alreadyDone(step: id, how: current.status.label, on: done) }
        if !current.blockedBy.isEmpty { throw .stepBlocked(step: id, openDependencies: current.blockedBy) }
        try checkAfterDependencies(state, plan: plan, step: index, on: day)
        return request
    }

    /// Waives a step: it counts as done (blocked or not).
    package func waive(_ state: EnrolmentState, plan: TrackPlan, step id: String, on date: CalendarDate?,
                      note: String?) throws(OnboardingError) -> OnboardingEvent {
        let (index, _) = try plan.step(id)
        let day = try checkedDate(date, state: state)
        let request = event(state.enrolment, .waived(step: id, note: note), date: day,
                            key: "waive/\(state.enrolment.person)/\(state.enrolment.track)/\(id)")
        if let stored = stored(request) { return stored }
        try checkOpen(state)
        let current = state.step(at: index)
        if let done = current.doneOn { throw .alreadyDone(step: id, how: current.status.label, on: done) }
        return request
    }

    /// A certification attempt, decided now by the step's verifier; the decision is part of the event.
    package func attempt(_ state: EnrolmentState, plan: TrackPlan, step id: String, on date: CalendarDate?,
                        score: Double? = nil, evidence: Int? = nil, value: Double? = nil, signedOffBy: String? = nil,
                        note: String? = nil, evidenceItems: [EvidenceItem] = [], registry: PluginRegistry) throws(OnboardingError) -> OnboardingEvent {
        let (index, step) = try plan.step(id)
        guard let certification = step.certification else { throw .notACertification(step: id) }
        let verifierID = Self.verifierID(of: certification, audience: plan.version.track.spec.audience, registry: registry)
        guard score != nil || evidence != nil || value != nil || signedOffBy != nil || !evidenceItems.isEmpty else {
            throw .nothingToVerify(step: id, verifier: verifierID)
        }
        let day = try checkedDate(date, state: state)
        // The items count as evidence: the event keeps their number.
        let evidence = evidenceItems.isEmpty ? evidence : max(evidence ?? 0, evidenceItems.count)
        let given = EventPayload.Attempt.Submission(score: score, evidence: evidence, value: value, signedOffBy: signedOffBy, note: note)
        // The decision is not part of the request, so a placeholder one finds a stored repeat.
        let asked = EventPayload.attempted(step: id, .init(submission: given, number: 0, passed: false, reason: ""))
        if let stored = stored(event(state.enrolment, asked, date: day, key: "")) { return stored }
        try checkOpen(state)
        let current = state.step(at: index)
        if current.status == .waived, let done = current.doneOn { throw .alreadyDone(step: id, how: "waived", on: done) }
        if !current.blockedBy.isEmpty { throw .stepBlocked(step: id, openDependencies: current.blockedBy) }
        try checkAfterDependencies(state, plan: plan, step: index, on: day)
        if let signedOffBy { try checkSigner(signedOffBy, state: state, step: step, verifier: verifierID, on: day) }
        if let period = current.periods.last, period.state(on: day) == .certified {
            throw .alreadyCertified(step: id, expires: period.expiresOn, renewalOpens: period.renewalOpensOn ?? period.expiresOn)
        }
        if let limit = certification.maxAttempts, current.attemptsInCycle >= limit {
            throw .attemptsUsedUp(step: id, maxAttempts: limit, lastReason: current.attempts.last?.reason ?? "")
        }
        // Pending attempts take a number but do not count against maxAttempts.
        let pending = current.attempts.reversed().prefix(while: { !$0.passed }).count(where: \.isPending)
        let number = current.attemptsInCycle + pending + 1
        let verifier: any CertificationVerifier
        do {
            verifier = try registry.verifier(verifierID)
        } catch {
            throw .unknownVerifier(step: id, verifier: verifierID, known: registry.ids(of: .verifier))
        }
        let attempt = CertificationAttempt(
            person: state.enrolment.person, step: id, attemptNumber: number, date: day.description,
            due: current.due.description, score: score, evidenceCount: evidence ?? 0, value: value, signedOffBy: signedOffBy,
            evidence: evidenceItems, note: note, earlierAttempts: Self.earlierAttempts(state, step: id),
            personFields: Self.publicFields(of: state.person))
        let params = JSONValue.object(certification.params ?? [:])
        let result: VerificationResult
        do {
            let results = try verifier.verify(VerificationRequest(params: params, attempts: [attempt]))
            guard let first = results.first else {
                throw OnboardingError.verifierFailed(step: id, verifier: verifierID, message: "no result")
            }
            result = first
        } catch let error as OnboardingError {
            throw error
        } catch {
            throw .verifierFailed(step: id, verifier: verifierID, message: "\(error)")
        }
        // Keyed by content: another attempt with other values never collides with a stored one.
        var content = [score.map { "\($0)" }, evidence.map { "\($0)" }, value.map { "\($0)" }, signedOffBy, note]
            .map { $0 ?? "-" }.joined(separator: "\u{1F}")
        if !evidenceItems.isEmpty { content += "\u{1F}" + String(decoding: JSONValue.array(evidenceItems.map(\.json)).canonicalBytes, as: UTF8.self) }
        let decided = EventPayload.Attempt(submission: given, number: number, passed: result.passed, reason: result.reason,
                                           pending: result.pending)
        return event(state.enrolment, .attempted(step: id, decided), date: day,
                     key: "attempt/\(state.enrolment.person)/\(state.enrolment.track)/\(id)/\(day)/\(SHA256.hex(of: Array(content.utf8)).prefix(16))")
    }

    /// The verifier that decides a certification: its own, else the first default verifier of
    /// the track's kind (`TrackKindTraits.defaultVerifiers`); empty when there is neither.
    package static func verifierID(of certification: Certification, audience: String, registry: PluginRegistry) -> String {
        certification.verifier(defaults: registry.entry(.trackKind, audience)?.descriptor.trackKind?.defaultVerifiers ?? []) ?? ""
    }

    /// The current cycle's attempts at `step`, oldest first, as a verifier sees them.
    static func earlierAttempts(_ state: EnrolmentState, step: String) -> [EarlierAttempt] {
        state.cycle.events.compactMap { event in
            guard case .attempted(step, let attempt) = event.payload else { return nil }
            return EarlierAttempt(attemptNumber: attempt.number, date: event.date.description,
                                  outcome: attempt.pending ? .pending : attempt.passed ? .passed : .failed,
                                  reason: attempt.reason, note: attempt.submission.note)
        }
    }

    /// What a verifier may see of a person: never the email address.
    static func publicFields(of person: Person) -> [String: String] {
        var fields: [String: String] = [:]
        fields["manager"] = person.manager
        fields["timezone"] = person.timezone
        fields["contact"] = person.contact
        return fields
    }

    /// The `repinned` event that moves `enrolment` to `version`; nil when it is pinned to it already.
    package func repin(_ enrolment: Enrolment, to version: TrackVersion, note: String?) -> OnboardingEvent? {
        guard enrolment.trackVersion != version.hash || enrolment.calendarVersion != version.calendarHash else { return nil }
        return event(enrolment.key, .repinned(from: enrolment.trackVersion, to: version.hash, note: note), date: today,
                     key: "repin/\(enrolment.person)/\(enrolment.track)/\(enrolment.trackVersion)/\(version.hash)/\(version.calendarHash)/\(recordedAt)")
    }

    // MARK: The lifecycle

    /// Withdraws the enrolment's current cycle: its open steps are no longer expected.
    /// Someone may leave before their start, so any day up to today will do.
    package func withdraw(_ state: EnrolmentState, on date: CalendarDate?, reason: String) throws(OnboardingError) -> OnboardingEvent {
        let day = date ?? today
        if day > today { throw .dateAfterToday(day, today: today) }
        return try cycleEvent(state, .withdrawn(reason: reason), date: day,
                              key: "withdraw/\(state.enrolment.person)/\(state.enrolment.track)/\(state.cycle.number)")
    }

    /// Begins a leave of absence.
    package func pause(_ state: EnrolmentState, on date: CalendarDate?, note: String?) throws(OnboardingError) -> OnboardingEvent {
        let day = try checkedDate(date, state: state)
        return try cycleEvent(state, .paused(note: note), date: day,
                              key: "pause/\(state.enrolment.person)/\(state.enrolment.track)/\(state.cycle.number)/\(day)") {
            () throws(OnboardingError) in
            if let open = state.cycle.openPause { throw .alreadyPaused(state.enrolment, since: open.start) }
            if let last = state.cycle.pauses.last?.end, day < last { throw .pauseOverlaps(state.enrolment, day: day, lastResumed: last) }
        }
    }

    /// Ends the leave of absence; due dates have moved by the business days it lasted.
    package func resume(_ state: EnrolmentState, on date: CalendarDate?, note: String?) throws(OnboardingError) -> OnboardingEvent {
        let day = try checkedDate(date, state: state)
        return try cycleEvent(state, .resumed(note: note), date: day,
                              key: "resume/\(state.enrolment.person)/\(state.enrolment.track)/\(state.cycle.number)/\(day)") {
            () throws(OnboardingError) in
            guard let open = state.cycle.openPause else { throw .notPaused(state.enrolment) }
            if day < open.start { throw .dateBeforePause(day, pausedOn: open.start) }
        }
    }

    /// Moves the current cycle's start; due dates re-flow. Refused when steps are recorded
    /// unless `keepRecorded`; nil when it starts on `start` already.
    package func reschedule(_ state: EnrolmentState, to start: CalendarDate, keepRecorded: Bool,
                           note: String?) throws(OnboardingError) -> OnboardingEvent? {
        guard start != state.start else { return nil }
        try checkOpen(state)
        let recordedSteps = state.cycle.recordedSteps
        if !recordedSteps.isEmpty, !keepRecorded {
            throw .rescheduleMovesRecorded(state.enrolment, steps: recordedSteps)
        }
        let count = state.cycle.events.count { $0.kind == .rescheduled }
        return event(state.enrolment, .rescheduled(start: start, note: note), date: today,
                     key: "reschedule/\(state.enrolment.person)/\(state.enrolment.track)/\(state.cycle.number)/\(count + 1)/\(start)")
    }

    /// Opens a new cycle from `start` on `version`; the earlier cycles stay in the history.
    /// Nil when the current cycle is a re-enrolment from `start` on `version` with nothing recorded since.
    package func reenrol(_ state: EnrolmentState, pinned enrolment: Enrolment, to version: TrackVersion, start: CalendarDate,
                        note: String?) -> OnboardingEvent? {
        if state.cycle.number > 1, state.start == start, enrolment.trackVersion == version.hash, state.cycle.events.count == 1 {
            return nil
        }
        return event(state.enrolment, .reenrolled(start: start, from: enrolment.trackVersion, to: version.hash, note: note), date: today,
                     key: "reenrol/\(enrolment.person)/\(enrolment.track)/\(state.cycle.number + 1)")
    }

    /// The person reports to `manager` from `date` (today when nil; a later day is allowed, it
    /// counts from then); nil when `current` (their details on that day) names that manager already.
    package func transfer(_ key: EnrolmentKey, current: Person, to manager: String, on date: CalendarDate?,
                         note: String?) -> OnboardingEvent? {
        let day = date ?? today
        guard current.manager != manager else { return nil }
        return event(key, .transferred(manager: manager, note: note), date: day,
                     key: "transfer/\(key.person)/\(key.track)/\(day)/\(manager)/\(recordedAt)")
    }

    /// The details that differ from `current` (their details on that day), from `date`; nil when none do.
    package func changeDetails(_ key: EnrolmentKey, current: Person, to details: PersonDetails, on date: CalendarDate?,
                              note: String?) -> OnboardingEvent? {
        let day = date ?? today
        let changed = PersonDetails(email: details.email == current.email ? nil : details.email,
                                    timezone: details.timezone == current.timezone ? nil : details.timezone,
                                    contact: details.contact == current.contact ? nil : details.contact)
        guard !changed.isEmpty else { return nil }
        let content = [changed.email, changed.timezone, changed.contact].map { $0 ?? "-" }.joined(separator: "\u{1F}")
        return event(key, .detailsChanged(changed, note: note), date: day,
                     key: "details/\(key.person)/\(key.track)/\(day)/\(SHA256.hex(of: Array((content + recordedAt).utf8)).prefix(16))")
    }

    /// Who may sign `step` off for the enrolment on `day`: for a manager sign-off the person's
    /// manager on that day and the step's approvers; for a customer sign-off the customer's
    /// contact. Nil when the verifier does not limit who signs.
    package static func signers(of step: Step, verifier: String, person: Person) -> [String]? {
        switch verifier {
        case "manager-signoff": return [person.manager].compactMap { $0 } + (step.approvers ?? [])
        case "customer-signoff": return [person.contact].compactMap { $0 }
        default: return step.approvers
        }
    }

    // MARK: Helpers

    private func checkSigner(_ signer: String, state: EnrolmentState, step: Step, verifier: String,
                             on day: CalendarDate) throws(OnboardingError) {
        let person = state.enrolledPerson.asOf(day, events: recorded.isEmpty ? state.cycle.events : recorded)
        guard let allowed = Self.signers(of: step, verifier: verifier, person: person), !allowed.contains(signer) else { return }
        throw .signoffRefused(step: step.id, person: state.enrolment.person, signer: signer, verifier: verifier, allowed: allowed, on: day)
    }

    /// Refuses a change to a withdrawn cycle.
    private func checkOpen(_ state: EnrolmentState) throws(OnboardingError) {
        if let withdrawal = state.cycle.withdrawal { throw .enrolmentWithdrawn(state.enrolment, on: withdrawal.on) }
    }

    /// Refuses a step done before a step it depends on was.
    private func checkAfterDependencies(_ state: EnrolmentState, plan: TrackPlan, step index: Int,
                                        on day: CalendarDate) throws(OnboardingError) {
        for dependency in plan.dependencies[index] {
            if let done = state.step(at: dependency).doneOn, done > day {
                throw .doneBeforeDependency(step: plan.steps[index].id, on: day, dependency: plan.steps[dependency].id, doneOn: done)
            }
        }
    }

    /// A change to the current cycle: the stored event when the same request is recorded already
    /// (so repeating it changes nothing), else the new one once the cycle is open and `check` passes.
    private func cycleEvent(_ state: EnrolmentState, _ payload: EventPayload, date: CalendarDate, key: String,
                            check: () throws(OnboardingError) -> Void = {}) throws(OnboardingError) -> OnboardingEvent {
        let request = event(state.enrolment, payload, date: date, key: key)
        if let stored = stored(request) { return stored }
        try checkOpen(state)
        try check()
        return request
    }

    /// The stored event that records the same request, if any.
    private func stored(_ request: OnboardingEvent) -> OnboardingEvent? {
        OnboardingEvent.counting(recorded).last { $0.recordsSameRequest(as: request) }
    }

    private func checkedDate(_ date: CalendarDate?, state: EnrolmentState) throws(OnboardingError) -> CalendarDate {
        let day = date ?? today
        if day < state.start { throw .dateBeforeStart(day, start: state.start) }
        if day > today { throw .dateAfterToday(day, today: today) }
        return day
    }

    private func event(_ enrolment: EnrolmentKey, _ payload: EventPayload, date: CalendarDate, key: String) -> OnboardingEvent {
        OnboardingEvent(enrolment: enrolment, payload: payload, date: date, recordedAt: recordedAt, actor: actor, idempotencyKey: key)
    }
}
