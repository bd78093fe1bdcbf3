/// What a verifier decided about an attempt.
public enum VerificationOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    case passed
    case failed
    /// Not decided yet: it waits for an outside review. The next attempt at the step resolves it.
    case pending
}
