import SalesOpsBasics

/// One recorded change: who did what to which step, on which day. Events are only ever
/// appended; every status is derived from them.
public struct OnboardingEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The person joined the track.
        case enrolled
        /// A step without certification was done.
        case completed
        /// A step was excused; it counts as done.
        case waived
        /// A certification attempt, with the verifier's decision in `details`.
        case attempted
        /// The enrolment moved to another track version (`details.fromVersion` → `toVersion`).
        case repinned
    }

    /// The store's order of events (0 before the event is stored).
    public var sequence: Int64
    public var enrolment: EnrolmentKey
    public var kind: Kind
    /// The step; nil for `enrolled`.
    public var step: String?
    /// The day it happened (a completion given `--on` a past date keeps that date).
    public var date: CalendarDate
    /// When it was recorded, UTC, `2026-03-02T14:03:05Z`.
    public var recordedAt: String
    /// Who recorded or signed it.
    public var actor: String
    public var details: EventDetails
    /// Unique across the store: appending an event whose key is stored already changes nothing.
    public var idempotencyKey: String

    public init(sequence: Int64 = 0, enrolment: EnrolmentKey, kind: Kind, step: String?, date: CalendarDate,
                recordedAt: String, actor: String, details: EventDetails = EventDetails(), idempotencyKey: String) {
        self.sequence = sequence
        self.enrolment = enrolment
        self.kind = kind
        self.step = step
        self.date = date
        self.recordedAt = recordedAt
        self.actor = actor
        self.details = details
        self.idempotencyKey = idempotencyKey
    }

    /// Whether both record the same request: the same enrolment, kind, step, day and what was
    /// given (note, evidence, score, value, sign-off). Who recorded it, when, and the
    /// verifier's decision do not count, so a repeated command finds the event it made.
    public func recordsSameRequest(as other: OnboardingEvent) -> Bool {
        enrolment == other.enrolment && kind == other.kind && step == other.step && date == other.date
            && details.note == other.details.note && details.evidence == other.details.evidence
            && details.score == other.details.score && details.value == other.details.value
            && details.signedOffBy == other.details.signedOffBy
    }
}
