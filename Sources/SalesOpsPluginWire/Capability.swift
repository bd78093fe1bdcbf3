/// What every capability has, built in or loaded: an id unique within its type, a one-line
/// summary and the JSON Schema of the `params` it accepts.
///
/// The capability protocols are shared by the host (built-ins and loaded plugins) and the
/// plugin SDK. Only JSON crosses the C boundary, so each side has its own copy of this
/// module and no Swift type is ever cast across `dlopen`.
public protocol Capability: Sendable {
    var id: String { get }
    var summary: String { get }
    /// A JSON Schema (object) for `params`.
    var parameters: JSONValue { get }
}

extension Capability {
    public var summary: String { "" }
    public var parameters: JSONValue { ["type": "object"] }
}

/// Scores every candidate tool for one criterion in one call.
public protocol CriterionScorer: Capability {
    /// The dotted paths of the candidate members this criterion reads
    /// (`["spec.dataResidency"]`). A loaded plugin then receives each candidate cut down to
    /// them; nil (the default) sends whole candidates.
    var candidateFields: [String]? { get }

    /// The catalog kinds whose documents this criterion receives in `CriterionRequest.documents`
    /// (`["Subscription"]`, or a kind a plugin adds); empty (the default) sends none.
    var reads: [String] { get }

    /// Whether more is better (`benefit`) or worse (`cost`); nil (the default) leaves it to the evaluation.
    var direction: CriterionDirection? { get }

    /// The values this criterion gives; nil (the default) promises none. The host refuses a score outside it.
    var range: ValueRange? { get }

    /// One score per candidate, in candidate order; nil when the candidate has no value
    /// for this criterion. Every number must be finite.
    func score(_ request: CriterionRequest) throws -> [Double?]
}

/// Decides a batch of certification attempts.
public protocol CertificationVerifier: Capability {
    /// One result per attempt, in attempt order.
    func verify(_ request: VerificationRequest) throws -> [VerificationResult]
}

/// An onboarding audience (`hire`, `customer`, …).
public protocol TrackKind: Capability {
    var traits: TrackKindTraits { get }
    /// Problems with a track of this kind; empty when it is fine. The default checks the
    /// required fields and every step's owner against `traits`.
    func validate(_ request: TrackValidationRequest) throws -> [TrackProblem]
}

extension TrackKind {
    public func validate(_ request: TrackValidationRequest) throws -> [TrackProblem] {
        traits.problems(in: request.track)
    }
}

/// Renders a report or checklist payload to a format.
public protocol ReportExporter: Capability {
    var traits: ExporterTraits { get }
    func export(_ request: ExportRequest) throws -> ExportResponse
}

extension CriterionScorer {
    public var candidateFields: [String]? { nil }
    public var reads: [String] { [] }
    public var direction: CriterionDirection? { nil }
    public var range: ValueRange? { nil }

    /// This capability's manifest entry.
    public var descriptor: CapabilityDescriptor {
        CapabilityDescriptor(type: .criterion, id: id, summary: summary, parameters: parameters,
                             candidateFields: candidateFields, reads: reads, direction: direction, range: range)
    }
}

extension CertificationVerifier {
    /// This capability's manifest entry.
    public var descriptor: CapabilityDescriptor {
        CapabilityDescriptor(type: .verifier, id: id, summary: summary, parameters: parameters)
    }
}

extension TrackKind {
    /// This capability's manifest entry.
    public var descriptor: CapabilityDescriptor {
        CapabilityDescriptor(type: .trackKind, id: id, summary: summary, parameters: parameters, trackKind: traits)
    }
}

extension ReportExporter {
    /// This capability's manifest entry.
    public var descriptor: CapabilityDescriptor {
        CapabilityDescriptor(type: .exporter, id: id, summary: summary, parameters: parameters, exporter: traits)
    }
}
