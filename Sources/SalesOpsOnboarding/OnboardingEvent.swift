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
}
