import SalesOpsBasics

/// One recorded change: who did what to which enrolment, on which day. Events are only ever
/// appended; every status is derived from them.
package struct OnboardingEvent: Sendable, Hashable {
    /// The name of each payload case, as stored and shown in histories.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case enrolled, completed, waived, attempted, repinned
        case withdrawn, paused, resumed, transferred, rescheduled, reenrolled
        case detailsChanged = "details-changed"
        case voided
    }

    /// The store's order of events (0 before the event is stored).
    package var sequence: Int64
    package var enrolment: EnrolmentKey
    /// What happened, with exactly the facts of that kind of event.
    package var payload: EventPayload
    /// The day it happened (a completion recorded for a past day keeps that day).
    package var date: CalendarDate
    /// When it was recorded, UTC, `2026-03-02T14:03:05Z`.
    package var recordedAt: String
    /// Who recorded or signed it.
    package var actor: String
    /// Unique across the store: appending an event whose key is stored already changes nothing.
    package var idempotencyKey: String

    package init(sequence: Int64 = 0, enrolment: EnrolmentKey, payload: EventPayload, date: CalendarDate,
                recordedAt: String, actor: String, idempotencyKey: String) {
        self.sequence = sequence
        self.enrolment = enrolment
        self.payload = payload
        self.date = date
        self.recordedAt = recordedAt
        self.actor = actor
        self.idempotencyKey = idempotencyKey
    }

    package var kind: Kind { payload.kind }
    /// The step the event is about; nil for events about the whole enrolment.
    package var step: String? { payload.step }

    /// Whether both record the same request: the same enrolment, day and payload, where an
    /// attempt counts only what was submitted. Who recorded it, when, and the verifier's
    /// decision do not count, so a repeated command finds the event it made.
    package func recordsSameRequest(as other: OnboardingEvent) -> Bool {
        guard enrolment == other.enrolment, date == other.date else { return false }
        if case .attempted(let step, let attempt) = payload, case .attempted(let otherStep, let otherAttempt) = other.payload {
            return step == otherStep && attempt.submission == otherAttempt.submission
        }
        return payload == other.payload
    }
}

/// What an event records; each kind carries its own facts and nothing else.
package enum EventPayload: Sendable, Hashable {
    /// The person joined the track.
    case enrolled
    /// A step without certification was done; `evidence` counts what was handed in, if given.
    case completed(step: String, evidence: Int?, note: String?)
    /// A step was excused; it counts as done.
    case waived(step: String, note: String?)
    /// A certification attempt and the verifier's decision.
    case attempted(step: String, Attempt)
    /// The enrolment moved from one pinned track version (`TrackVersion.hash`) to another.
    case repinned(from: String, to: String, note: String?)
    /// The person left the track (a leaver, a lost customer): no longer overdue or at risk.
    case withdrawn(reason: String)
    /// A leave of absence begins; due dates move by the business days paused.
    case paused(note: String?)
    /// The leave ends.
    case resumed(note: String?)
    /// The person reports to `manager` from the event's date.
    case transferred(manager: String, note: String?)
    /// Contact details from the event's date; only the details given change.
    case detailsChanged(PersonDetails, note: String?)
    /// The current cycle starts on another day; recorded steps stay.
    case rescheduled(start: CalendarDate, note: String?)
    /// A new cycle from `start` on the track version `to`; the events before it belong to earlier cycles.
    case reenrolled(start: CalendarDate, from: String, to: String, note: String?)
    /// The event whose idempotency key is `key` no longer counts from the event's date (an
    /// xAPI voiding statement); it stays in the history.
    case voided(key: String, note: String?)

    package var kind: OnboardingEvent.Kind {
        switch self {
        case .enrolled: return .enrolled
        case .completed: return .completed
        case .waived: return .waived
        case .attempted: return .attempted
        case .repinned: return .repinned
        case .withdrawn: return .withdrawn
        case .paused: return .paused
        case .resumed: return .resumed
        case .transferred: return .transferred
        case .detailsChanged: return .detailsChanged
        case .rescheduled: return .rescheduled
        case .reenrolled: return .reenrolled
        case .voided: return .voided
        }
    }

    package var step: String? {
        switch self {
        case .completed(let step, _, _), .waived(let step, _), .attempted(let step, _): return step
        case .enrolled, .repinned, .withdrawn, .paused, .resumed, .transferred, .detailsChanged, .rescheduled, .reenrolled, .voided:
            return nil
        }
    }
}

/// A person's contact details as an event changes them: nil members stay as they were.
package struct PersonDetails: Sendable, Hashable {
    package var email: String?
    /// IANA time zone.
    package var timezone: String?
    /// The customer's contact who signs customer sign-offs.
    package var contact: String?

    package init(email: String? = nil, timezone: String? = nil, contact: String? = nil) {
        self.email = email
        self.timezone = timezone
        self.contact = contact
    }

    package var isEmpty: Bool { email == nil && timezone == nil && contact == nil }
}

extension EventPayload {
    /// A certification attempt as an event records it: what was submitted and what the verifier decided.
    package struct Attempt: Sendable, Hashable {
        /// What was submitted; at least one of score, evidence, value or sign-off.
        package struct Submission: Sendable, Hashable {
            package var score: Double?
            /// Pieces of evidence submitted (calls shadowed, demos given…).
            package var evidence: Int?
            /// A measured value for threshold verifiers (active users…).
            package var value: Double?
            package var signedOffBy: String?
            package var note: String?

            package init(score: Double? = nil, evidence: Int? = nil, value: Double? = nil, signedOffBy: String? = nil, note: String? = nil) {
                self.score = score
                self.evidence = evidence
                self.value = value
                self.signedOffBy = signedOffBy
                self.note = note
            }
        }

        package var submission: Submission
        /// 1 for the first attempt of a certification cycle, 2 for the next, …
        package var number: Int
        package var passed: Bool
        /// The verifier did not decide yet (an outside review); the next attempt at the step
        /// resolves it. `passed` is then false.
        package var pending: Bool
        /// The verifier's reason.
        package var reason: String

        package init(submission: Submission, number: Int, passed: Bool, reason: String, pending: Bool = false) {
            self.submission = submission
            self.number = number
            self.passed = passed && !pending
            self.pending = pending
            self.reason = reason
        }
    }
}

extension OnboardingEvent {
    /// The events that count on `day`: all of them but those a `voided` event dated on or
    /// before it voids, and the voiding events themselves.
    package static func counting(_ events: [OnboardingEvent], on day: CalendarDate? = nil) -> [OnboardingEvent] {
        var voided: Set<String> = []
        for event in events {
            if case .voided(let key, _) = event.payload, day.map({ event.date <= $0 }) ?? true { voided.insert(key) }
        }
        if voided.isEmpty, !events.contains(where: { $0.kind == .voided }) { return events }
        return events.filter { $0.kind != .voided && !voided.contains($0.idempotencyKey) }
    }
}
