import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsPlugins

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
public struct OnboardingRules: Sendable {
    public var today: CalendarDate
    /// When the event is recorded, UTC (`2026-03-02T14:03:05Z`).
    public var recordedAt: String
    public var actor: String
    /// The enrolment's stored events, where a repeated request finds the event it made.
    public var recorded: [OnboardingEvent]

    public init(today: CalendarDate, recordedAt: String, actor: String, recorded: [OnboardingEvent] = []) {
        self.today = today
        self.recordedAt = recordedAt
        self.actor = actor
        self.recorded = recorded
    }

    // MARK: Tracks

    /// Checks a track through its track kind (owners, required fields, the kind's own
    /// checks) and that every certification's verifier is loaded.
    public static func checkTrack(_ track: Track, registry: PluginRegistry) throws(OnboardingError) {
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
        var problems: [String]
        do {
            problems = try kind.validate(TrackValidationRequest(track: spec)).map(\.description)
        } catch {
            problems = ["track kind \(audience) could not check the track: \(error)"]
        }
        if !problems.isEmpty { throw .invalidTrack(track: track.name, problems: problems) }
        for step in track.spec.steps {
            if let verifier = step.certification?.verifier, !registry.contains(.verifier, verifier) {
                throw .unknownVerifier(step: step.id, verifier: verifier, known: registry.ids(of: .verifier))
            }
        }
    }

    // MARK: Events

    /// The `enrolled` event for a new enrolment of `person`; nil when `existing` (their current
    /// enrolment on this track) and `stored` (their stored details) say the same already.
    /// A different start or detail is refused: an enrolment is never silently changed.
    public func enrol(_ enrolment: Enrolment, person: Person, existing: Enrolment?,
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
    public func complete(_ state: EnrolmentState, plan: TrackPlan, step id: String, on date: CalendarDate?, note: String?,
                         evidence: Int?, registry: PluginRegistry) throws(OnboardingError) -> OnboardingEvent {
        let (index, step) = try plan.step(id)
        if let certification = step.certification {
            guard let evidence else {
                throw .certificationNeedsEvidence(step: id, verifier: certification.verifier)
            }
            return try attempt(state, plan: plan, step: id, on: date, evidence: evidence, note: note, registry: registry)
        }
        let day = try checkedDate(date, state: state)
        let request = event(state.enrolment, .completed(step: id, evidence: evidence, note: note), date: day,
                            key: "complete/\(state.enrolment.person)/\(state.enrolment.track)/\(id)")
        if let stored = stored(request) { return stored }
        let current = state.steps[index]
        if let done = current.doneOn { throw .alreadyDone(step: id, how: current.status.label, on: done) }
        if !current.blockedBy.isEmpty { throw .stepBlocked(step: id, openDependencies: current.blockedBy) }
        return request
    }

    /// Waives a step: it counts as done (blocked or not).
    public func waive(_ state: EnrolmentState, plan: TrackPlan, step id: String, on date: CalendarDate?,
                      note: String?) throws(OnboardingError) -> OnboardingEvent {
        let (index, _) = try plan.step(id)
        let day = try checkedDate(date, state: state)
        let request = event(state.enrolment, .waived(step: id, note: note), date: day,
                            key: "waive/\(state.enrolment.person)/\(state.enrolment.track)/\(id)")
        if let stored = stored(request) { return stored }
        let current = state.steps[index]
        if let done = current.doneOn { throw .alreadyDone(step: id, how: current.status.label, on: done) }
        return request
    }

    /// A certification attempt, decided now by the step's verifier; the decision is part of the event.
    public func attempt(_ state: EnrolmentState, plan: TrackPlan, step id: String, on date: CalendarDate?,
                        score: Double? = nil, evidence: Int? = nil, value: Double? = nil, signedOffBy: String? = nil,
                        note: String? = nil, registry: PluginRegistry) throws(OnboardingError) -> OnboardingEvent {
        let (index, step) = try plan.step(id)
        guard let certification = step.certification else { throw .notACertification(step: id) }
        guard score != nil || evidence != nil || value != nil || signedOffBy != nil else {
            throw .nothingToVerify(step: id, verifier: certification.verifier)
        }
        let day = try checkedDate(date, state: state)
        let given = EventPayload.Attempt.Submission(score: score, evidence: evidence, value: value, signedOffBy: signedOffBy, note: note)
        // The decision is not part of the request, so a placeholder one finds a stored repeat.
        let asked = EventPayload.attempted(step: id, .init(submission: given, number: 0, passed: false, reason: ""))
        if let stored = stored(event(state.enrolment, asked, date: day, key: "")) { return stored }
        let current = state.steps[index]
        if current.status == .waived, let done = current.doneOn { throw .alreadyDone(step: id, how: "waived", on: done) }
        if !current.blockedBy.isEmpty { throw .stepBlocked(step: id, openDependencies: current.blockedBy) }
        if let period = current.periods.last, period.state(on: day) == .certified {
            throw .alreadyCertified(step: id, expires: period.expiresOn, renewalOpens: period.renewalOpensOn ?? period.expiresOn)
        }
        if let limit = certification.maxAttempts, current.attemptsInCycle >= limit {
            throw .attemptsUsedUp(step: id, maxAttempts: limit, lastReason: current.attempts.last?.reason ?? "")
        }
        let number = current.attemptsInCycle + 1
        let verifier: any CertificationVerifier
        do {
            verifier = try registry.verifier(certification.verifier)
        } catch {
            throw .unknownVerifier(step: id, verifier: certification.verifier, known: registry.ids(of: .verifier))
        }
        let attempt = CertificationAttempt(
            person: state.enrolment.person, step: id, attemptNumber: number, date: day.description,
            due: current.due.description, score: score, evidenceCount: evidence ?? 0, value: value, signedOffBy: signedOffBy)
        let params = JSONValue.object(certification.params ?? [:])
        let result: VerificationResult
        do {
            let results = try verifier.verify(VerificationRequest(params: params, attempts: [attempt]))
            guard let first = results.first else {
                throw OnboardingError.verifierFailed(step: id, verifier: certification.verifier, message: "no result")
            }
            result = first
        } catch let error as OnboardingError {
            throw error
        } catch {
            throw .verifierFailed(step: id, verifier: certification.verifier, message: "\(error)")
        }
        // Keyed by content: another attempt with other values never collides with a stored one.
        let content = [score.map { "\($0)" }, evidence.map { "\($0)" }, value.map { "\($0)" }, signedOffBy, note]
            .map { $0 ?? "-" }.joined(separator: "\u{1F}")
        let decided = EventPayload.Attempt(submission: given, number: number, passed: result.passed, reason: result.reason)
        return event(state.enrolment, .attempted(step: id, decided), date: day,
                     key: "attempt/\(state.enrolment.person)/\(state.enrolment.track)/\(id)/\(day)/\(SHA256.hex(of: Array(content.utf8)).prefix(16))")
    }

    /// The `repinned` event that moves `enrolment` to `version`; nil when it is pinned to it already.
    public func repin(_ enrolment: Enrolment, to version: TrackVersion, note: String?) -> OnboardingEvent? {
        guard enrolment.trackVersion != version.hash || enrolment.calendarVersion != version.calendarHash else { return nil }
        return event(enrolment.key, .repinned(from: enrolment.trackVersion, to: version.hash, note: note), date: today,
                     key: "repin/\(enrolment.person)/\(enrolment.track)/\(enrolment.trackVersion)/\(version.hash)/\(version.calendarHash)/\(recordedAt)")
    }

    // MARK: Helpers

    /// The stored event that records the same request, if any.
    private func stored(_ request: OnboardingEvent) -> OnboardingEvent? {
        recorded.last { $0.recordsSameRequest(as: request) }
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
