/// What an event says beyond its kind, step and date; every member optional.
public struct EventDetails: Sendable, Hashable {
    public var note: String?
    /// Pieces of evidence submitted (calls shadowed, demos given…).
    public var evidence: Int?
    public var score: Double?
    /// A measured value for threshold verifiers (active users…).
    public var value: Double?
    public var signedOffBy: String?
    /// For attempts: 1 for the first attempt of a certification cycle, 2 for the next, …
    public var attemptNumber: Int?
    /// For attempts: the verifier's decision.
    public var passed: Bool?
    /// For attempts: the verifier's reason.
    public var reason: String?
    /// For re-pins: the track version the enrolment leaves (`TrackVersion.hash`).
    public var fromVersion: String?
    /// For re-pins: the track version the enrolment moves to.
    public var toVersion: String?

    public init(note: String? = nil, evidence: Int? = nil, score: Double? = nil, value: Double? = nil,
                signedOffBy: String? = nil, attemptNumber: Int? = nil, passed: Bool? = nil, reason: String? = nil,
                fromVersion: String? = nil, toVersion: String? = nil) {
        self.note = note
        self.evidence = evidence
        self.score = score
        self.value = value
        self.signedOffBy = signedOffBy
        self.attemptNumber = attemptNumber
        self.passed = passed
        self.reason = reason
        self.fromVersion = fromVersion
        self.toVersion = toVersion
    }
}
