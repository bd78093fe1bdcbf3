/// The kinds of capability a plugin (or the host itself) can provide.
public enum CapabilityType: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Scores every candidate tool for one evaluation criterion, in one batched call.
    case criterion
    /// Decides pass or fail for a batch of certification attempts.
    case verifier
    /// An onboarding audience (`hire`, `customer`): allowed step owners, required fields,
    /// default verifiers, and validation of a track.
    case trackKind
    /// Renders a report or checklist payload to a format.
    case exporter

    public var description: String { rawValue }

    /// The `capability` argument of `invoke`: `type/id`, e.g. `verifier/quiz-score`.
    public func qualifiedName(_ id: String) -> String { "\(rawValue)/\(id)" }
}
