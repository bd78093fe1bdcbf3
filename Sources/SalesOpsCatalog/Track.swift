import SalesOpsBasics
import SalesOpsYAML

/// An onboarding track of steps and certifications: `kind: Track`.
public typealias Track = Descriptor<TrackSpec>

public struct TrackSpec: Codable, Sendable, YAMLValidating {
    /// The track kind from the plugin registry: `hire`, `customer`, ….
    public var audience: String
    /// For hires: the role (`sdr`, `ae`, `csm`, …).
    public var role: String?
    /// For customers: the segment (`enterprise`, `smb`, …).
    public var segment: String?
    /// The calendar's name (weekends and holidays).
    public var calendar: String
    public var steps: [Step]

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if steps.isEmpty { problems.append(YAMLValidationProblem(key: "steps", "a track needs at least one step")) }
        var seen: Set<String> = []
        for step in steps where !seen.insert(step.id).inserted {
            problems.append(YAMLValidationProblem(key: "steps", "step id `\(step.id)` is used twice; step ids are unique in a track"))
        }
        return problems
    }
}

public struct Step: Codable, Sendable, YAMLValidating {
    public var id: String
    public var title: String
    public var description: String?
    /// Who does it: `hire`, `manager`, `buddy`, `enablement`, `customer`, `csm`; the track kind says which are allowed.
    public var owner: String
    public var due: Due
    public var dependsOn: [String]?
    /// Share of the track's progress (default 1).
    public var weight: Double?
    public var certification: Certification?
    public var resources: [String]?

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if !Metadata.isValidName(id) {
            problems.append(YAMLValidationProblem(key: "id", "\"\(id)\" is not a valid step id; use lower-case letters and digits separated by -, _ or ."))
        }
        if let weight, weight < 0 { problems.append(YAMLValidationProblem(key: "weight", "a weight cannot be negative")) }
        return problems
    }
}

/// When a step is due: an offset from the effective start, or from another step with `after`.
public struct Due: Codable, Sendable, Hashable, YAMLValidating {
    public var businessDays: Int?
    public var days: Int?
    public var weeks: Int?
    /// Count from this step's due date (or its completion, once completed).
    public var after: String?

    public func validationProblems() -> [YAMLValidationProblem] {
        let given = [businessDays, days, weeks].compactMap { $0 }
        if given.count != 1 {
            return [YAMLValidationProblem("give exactly one of `businessDays`, `days` or `weeks`")]
        }
        if given[0] < 0 {
            return [YAMLValidationProblem("an offset cannot be negative; steps are due on or after what they count from")]
        }
        return []
    }
}

public struct Certification: Codable, Sendable, YAMLValidating {
    public var name: String?
    /// The verifier id in the plugin registry (`quiz-score`, `manager-signoff`, …).
    public var verifier: String
    public var params: [String: JSONValue]?
    /// How long a pass stays valid; absent: it never expires.
    public var validFor: DatePeriod?
    /// The renewal window opens this long before expiry.
    public var renewWithin: DatePeriod?
    public var maxAttempts: Int?

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if renewWithin != nil, validFor == nil {
            problems.append(YAMLValidationProblem(key: "renewWithin", "`renewWithin` needs `validFor`"))
        }
        if let maxAttempts, maxAttempts < 1 {
            problems.append(YAMLValidationProblem(key: "maxAttempts", "expected at least 1 attempt"))
        }
        return problems
    }
}
