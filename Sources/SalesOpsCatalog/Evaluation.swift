import SalesOpsBasics
import SalesOpsDecision
import SalesOpsYAML

/// A question "which tool for this team?": `kind: Evaluation`.
package typealias Evaluation = Descriptor<EvaluationSpec>

package struct EvaluationSpec: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
    /// The team's name.
    package var team: String
    package var candidates: Candidates
    package var method: DecisionMethod?
    package var normalization: Normalization?
    package var weighting: WeightingMethod?
    /// AHP pairwise comparisons, in the order of `criteria` (with `weighting: ahp`): numbers, or
    /// Saaty-style fractions such as `1/9`.
    package var pairwise: [[PairwiseJudgement]]?
    package var criteria: [CriterionUse]
    /// What to do when a tool has no data for a criterion (default `worst`).
    package var missingData: MissingDataPolicy?
    /// Prices and ratings older than this many days are flagged (default 365).
    package var staleAfterDays: Int?
    package var sensitivity: SensitivitySettings?
    /// Zeros or negatives where the method needs positive values: `error` (default) names the
    /// tool and criterion; `shift` moves that criterion so its smallest value is 1.
    package var nonPositive: NonPositivePolicy?
    /// US dollars per unit of each other currency, to compare prices in one currency
    /// (default: the built-in table, see the README).
    package var exchangeRates: [String: Double]?

    package init(team: String, candidates: Candidates, method: DecisionMethod? = nil, criteria: [CriterionUse]) {
        self.team = team
        self.candidates = candidates
        self.method = method
        self.criteria = criteria
    }

    package static let numericRanges: [String: NumericRange] = [
        "pairwise": NumericRange(above: 0, upTo: 9),
        "staleAfterDays": NumericRange(1...3650, unit: "days"),
        "exchangeRates": NumericRange(above: 0, upTo: 1_000_000),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if criteria.isEmpty {
            problems.append(YAMLValidationProblem(key: "criteria", "an evaluation needs at least one criterion"))
        }
        problems += CriterionUse.labelProblems(criteria)
        let weighting = weighting ?? .direct
        if weighting == .ahp {
            if let pairwise {
                if pairwise.count != criteria.count || pairwise.contains(where: { $0.count != criteria.count }) {
                    problems.append(YAMLValidationProblem(
                        key: "pairwise", "expected a \(criteria.count)×\(criteria.count) matrix, one row and column per criterion"))
                }
            } else {
                problems.append(YAMLValidationProblem(key: "pairwise", "`weighting: ahp` needs a `pairwise` comparison matrix"))
            }
        }
        if weighting == .direct, criteria.contains(where: { $0.weight == nil }) {
            problems.append(YAMLValidationProblem(key: "criteria", "`weighting: direct` needs a `weight` on every criterion"))
        }
        for code in (exchangeRates ?? [:]).keys.sorted() where Currency(rawValue: code) == nil {
            problems.append(YAMLValidationProblem(
                key: "exchangeRates", "unknown currency `\(code)`; expected one of \(Currency.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        if weighting == .rankOrder, criteria.contains(where: { $0.rank == nil }) {
            problems.append(YAMLValidationProblem(key: "criteria", "`weighting: rank-order` needs a `rank` on every criterion"))
        }
        return problems
    }
}

/// One AHP judgement: a number (`3`, `0.5`) or a fraction written as text (`1/9`), which reads
/// the way the Saaty scale is usually written down.
package struct PairwiseJudgement: Codable, Sendable, Hashable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
    YAMLPlaceholder, JSONSchemaProviding
{
    package var value: Double

    package init(_ value: Double) { self.value = value }
    package init(floatLiteral value: Double) { self.value = value }
    package init(integerLiteral value: Int) { self.value = Double(value) }

    /// `1/9`, `2/3`, `0.5/2`; nil for anything else or a zero denominator.
    package init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        guard parts.count == 2, let numerator = Double(parts[0]), let denominator = Double(parts[1]), denominator != 0,
              numerator.isFinite, denominator.isFinite
        else { return nil }
        self.value = numerator / denominator
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
            return
        }
        let text = try container.decode(String.self)
        guard let judgement = PairwiseJudgement(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a number or a fraction such as 1/9, found \"\(text)\"")
        }
        self = judgement
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    package static var yamlPlaceholder: PairwiseJudgement { 1 }

    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        ["oneOf": [
            ["type": "number"],
            ["type": "string", "pattern": "^ *[0-9]+(\\.[0-9]+)? */ *[0-9]+(\\.[0-9]+)? *$", "description": "a fraction such as 1/9"],
        ]]
    }
}

/// Which tools compete: named tools, every tool of some categories, or both.
package struct Candidates: Codable, Sendable, YAMLValidating {
    package var tools: [String]?
    package var categories: [ToolCategory]?

    package func validationProblems() -> [YAMLValidationProblem] {
        (tools ?? []).isEmpty && (categories ?? []).isEmpty
            ? [YAMLValidationProblem("name candidate `tools`, `categories`, or both")] : []
    }
}

/// One criterion as an evaluation uses it.
package struct CriterionUse: Codable, Sendable, YAMLNumericRanges {
    /// The criterion id in the plugin registry (`total-cost`, `feature-coverage`, `attribute`, …).
    package var use: String
    /// A label for this use, when one criterion is used twice (default: `use`).
    package var id: String?
    package var params: [String: JSONValue]?
    package var weight: Double?
    /// Importance order for rank-order weights (1 = most important).
    package var rank: Int?
    /// Overrides the criterion's own direction.
    package var direction: CriterionType?
    /// A knockout: tools outside these bounds are excluded.
    package var threshold: Threshold?

    package var label: String { id ?? use }

    package init(use: String, id: String? = nil, params: [String: JSONValue]? = nil, weight: Double? = nil,
                direction: CriterionType? = nil, threshold: Threshold? = nil) {
        self.use = use
        self.id = id
        self.params = params
        self.weight = weight
        self.direction = direction
        self.threshold = threshold
    }

    package static let numericRanges: [String: NumericRange] = [
        "weight": NumericRange(0...1000),
        "rank": NumericRange(1...100),
    ]

    /// Each use needs its own label, or reports would merge two criteria into one: a criterion
    /// used twice (`attribute` with two paths) needs an `id` on each use.
    static func labelProblems(_ uses: [CriterionUse]) -> [YAMLValidationProblem] {
        var first: [String: Int] = [:]
        var problems: [YAMLValidationProblem] = []
        for (index, use) in uses.enumerated() {
            guard let earlier = first[use.label] else {
                first[use.label] = index
                continue
            }
            let message = use.id == nil
                ? "criterion `\(use.use)` is already used by criteria[\(earlier)]; give each use its own `id:` (e.g. `id: \(use.use)-2`)"
                : "id `\(use.label)` is already used by criteria[\(earlier)]; ids are unique in an evaluation"
            problems.append(YAMLValidationProblem(key: "criteria", index: index, message))
        }
        return problems
    }
}

package struct Threshold: Codable, Sendable, Hashable, YAMLNumericRanges {
    package var min: Double?
    package var max: Double?

    package static let numericRanges: [String: NumericRange] = [
        "min": NumericRange(-1_000_000_000_000_000...1_000_000_000_000_000),
        "max": NumericRange(-1_000_000_000_000_000...1_000_000_000_000_000),
    ]
}

package enum WeightingMethod: String, Codable, Sendable, YAMLEnumeration {
    case direct
    case rankOrder = "rank-order"
    case ahp, entropy, critic
}

package enum MissingDataPolicy: String, Codable, Sendable, YAMLEnumeration {
    /// The tool gets the worst value any candidate has.
    case worst
    /// The tool is excluded, with the reason.
    case exclude
    /// The evaluation stops with an error.
    case error
}

package struct SensitivitySettings: Codable, Sendable, Hashable, YAMLNumericRanges {
    /// Monte Carlo weight samples (default 2,000; 0 turns the simulation off).
    package var samples: Int?
    package var seed: UInt64?
    /// Sample weights within ±spread of the given ones (0.2 = ±20 %); absent: uniform on the simplex.
    package var spread: Double?

    package static let numericRanges: [String: NumericRange] = [
        "samples": NumericRange(0...100_000),
        "spread": NumericRange(0...1),
    ]
}

extension Evaluation {
    /// The criteria of an evaluation made on the spot, equally weighted.
    package static let adHocCriteria = ["feature-coverage", "total-cost", "integration-fit", "adoption-risk"]

    /// An evaluation made on the spot for `team`: the tools of `categories` (all tools when
    /// empty) ranked on `adHocCriteria`.
    package static func adHoc(team: String, categories: [ToolCategory], name: String, title: String) -> Evaluation {
        let spec = EvaluationSpec(team: team, candidates: Candidates(tools: nil, categories: categories),
                                  criteria: adHocCriteria.map { CriterionUse(use: $0, weight: 1) })
        return Evaluation(kind: "Evaluation", metadata: Metadata(name: name, title: title), spec: spec)
    }
}
