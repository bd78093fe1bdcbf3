import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// The result of an evaluation: typed facts only, the words are the renderers'. Its JSON form
/// (`salesops evaluate --format json`) is the contract described by
/// `schema/evaluation-report.schema.json`; enumerations with data encode as
/// `{"kind": "overBudget", "year": 2, …}`.
package struct EvaluationReport: Sendable, Encodable {
    package var evaluation: String
    package var title: String
    package var team: String
    package var method: DecisionMethod
    package var normalization: Normalization
    package var weighting: WeightingMethod
    package var nonPositive: NonPositivePolicy
    /// Whether the best tool has the highest score (WSM, WPM, TOPSIS) or the lowest (VIKOR's Q).
    package var scoreOrder: ScoreOrder
    package var criteria: [CriterionSummary]
    package var ranking: [RankedTool]
    package var excluded: [ExcludedTool]
    /// Tools that share a rank.
    package var ties: [Tie]
    package var margin: Margin?
    package var vikor: VikorDetails?
    package var recommendation: Recommendation?
    package var warnings: [EvaluationWarning]
    package var sensitivity: Sensitivity?
    package var today: CalendarDate

    package enum ScoreOrder: String, Sendable, Codable, Hashable {
        case higherIsBetter, lowerIsBetter
    }

    package struct CriterionSummary: Sendable, Encodable, Hashable {
        /// The label used in `contributions` and `values`.
        package var id: String
        /// The criterion id in the registry.
        package var use: String
        package var direction: CriterionType
        /// The weight used (after normalising to sum 1); 0 for a criterion that dropped out.
        package var weight: Double
        /// The id of the plugin that provides it; absent for a built-in criterion.
        package var plugin: String?
        /// Why it carries no weight, when it does not.
        package var dropped: DropReason?
        package var threshold: Threshold?
    }

    package enum DropReason: String, Sendable, Codable, Hashable {
        /// Every candidate has the same value.
        case constant
        /// No candidate has a value.
        case noData
    }

    package struct RankedTool: Sendable, Encodable, Hashable {
        package var tool: String
        package var title: String
        package var rank: Int
        package var score: Double
        /// Each criterion's part of the score (what it is depends on the method; see the README).
        package var contributions: [String: Double]
        /// Each criterion's raw value for this tool (after the missing-data policy).
        package var values: [String: Double]
        /// Criteria whose value was missing and filled in by the policy.
        package var filled: [String]
        /// The tier costed, and its cost in the team's currency.
        package var tier: String?
        package var cost: CostSummary?
    }

    package struct CostSummary: Sendable, Encodable, Hashable {
        package var currency: Currency
        package var years: [MoneyRange]
        package var total: MoneyRange
        package var published: Bool
        package var caveats: [CostCaveat]
    }

    package struct ExcludedTool: Sendable, Encodable, Hashable {
        package var tool: String
        package var title: String
        package var reasons: [ExclusionReason]
    }

    /// Tools with the same score share a rank.
    package struct Tie: Sendable, Encodable, Hashable {
        package var rank: Int
        package var tools: [String]
        /// The tools have the same value on every criterion that carries weight.
        package var sameValues: Bool
    }

    package struct Margin: Sendable, Encodable, Hashable {
        /// Absolute score gap between #1 and #2 (0 with one tool).
        package var value: Double
        /// The gap as a share of the winner's score; nil for VIKOR (its winner's Q is 0, so a share
        /// means nothing: read `vikor` instead) or with one tool.
        package var relative: Double?
        /// The runner-up is more than 5% of the winner's score behind (VIKOR: acceptable advantage).
        package var clearWinner: Bool
        /// Only one tool was left to rank.
        package var onlyCandidate: Bool
    }

    /// VIKOR's indices and its two acceptance conditions for the top-ranked tool.
    package struct VikorDetails: Sendable, Encodable, Hashable {
        /// The weight of the group utility S against the individual regret R.
        package var v: Double
        /// Per tool in ranking order: Q (the score), S (sum of weighted regrets), R (largest one).
        package var tools: [VikorIndices]
        /// Acceptable advantage: Q(second) − Q(first) ≥ 1 / (m − 1).
        package var advantage: Condition
        /// Acceptable stability: the first by Q is also first by S or by R.
        package var stability: Condition
        /// The tools that are equally good compromises: the first alone when both conditions hold.
        package var compromiseSet: [String]

        package struct VikorIndices: Sendable, Encodable, Hashable {
            package var tool: String
            package var q: Double
            package var s: Double
            package var r: Double
        }

        package struct Condition: Sendable, Encodable, Hashable {
            package var met: Bool
            /// Advantage: Q(second) − Q(first); stability: nil.
            package var gap: Double?
            /// Advantage: 1 / (m − 1); stability: nil.
            package var threshold: Double?
            /// Stability: the tools first by S and by R.
            package var bestByS: [String]?
            package var bestByR: [String]?
        }
    }

    /// What a reader needs first: who wins, why, how robust, what would change it.
    package struct Recommendation: Sendable, Encodable, Hashable {
        package var winner: String
        package var runnerUp: String?
        /// Up to three criteria that favour the winner most over the runner-up, largest first.
        package var deciding: [ContributionGap]
        /// Share of weight samples in which the winner stays first.
        package var firstUnderRandomWeights: Double?
        /// The smallest single weight change that makes another tool win.
        package var smallestChange: WeightChange?
    }

    /// How much more one criterion gives the winner than the runner-up, in score units
    /// (for WPM, the difference of the logarithms of the factors).
    package struct ContributionGap: Sendable, Encodable, Hashable {
        package var criterion: String
        package var gap: Double
    }

    package struct Sensitivity: Sendable, Encodable, Hashable {
        package var weights: [WeightChange]
        package var rankAcceptability: RankAcceptabilitySummary?
    }

    /// The smallest change of one criterion's weight (others rescaled) that changes the winner.
    package struct WeightChange: Sendable, Encodable, Hashable {
        package var criterion: String
        package var weight: Double
        /// The weight at which the winner changes; nil when no weight in [0, 1] changes it.
        package var flipsAt: Double?
        package var change: Double?
        package var newWinner: String?
        /// The criterion carries no weight, so changing it is not examined.
        package var dropped: Bool
    }

    package struct RankAcceptabilitySummary: Sendable, Encodable, Hashable {
        package var samples: Int
        package var seed: UInt64
        /// Weights drawn within ±spread of the given ones; nil: uniform over all weight vectors.
        package var spread: Double?
        /// Per tool, the share of samples at rank 1, 2, … (in ranking order).
        package var tools: [ToolAcceptability]
    }

    package struct ToolAcceptability: Sendable, Encodable, Hashable {
        package var tool: String
        package var ranks: [Double]
    }
}

/// Why a tool is not ranked.
package enum ExclusionReason: Sendable, Hashable, Encodable {
    /// No tier has every must-have; `closestTier` lacks the fewest.
    case missingMustHaves(closestTier: String, lacks: [String])
    /// The tiers with every must-have all cap seats below what the team needs.
    case tierSeatLimit(tier: String, maxSeats: Int, needed: Int)
    /// The tool caps seats below the team's peak within the horizon.
    case maxSeats(limit: Int, needed: Int, horizonYears: Int)
    case compliance(missing: [ComplianceStandard])
    case dataResidency(required: Region, offered: [Region])
    /// The chosen tier costs more than the yearly budget in `year` (1-based) of the horizon.
    case overBudget(year: Int, tier: String, cost: Double, budget: Double, currency: Currency)
    /// No value for a criterion under `missingData: exclude`.
    case noData(criterion: String)
    case belowMinimum(criterion: String, value: Double, minimum: Double)
    case aboveMaximum(criterion: String, value: Double, maximum: Double)

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case let .missingMustHaves(closestTier, lacks):
            try encoder.encodeFields(["kind": "missingMustHaves", "closestTier": closestTier, "lacks": lacks])
        case let .tierSeatLimit(tier, maxSeats, needed):
            try encoder.encodeFields(["kind": "tierSeatLimit", "tier": tier, "maxSeats": maxSeats, "needed": needed])
        case let .maxSeats(limit, needed, horizonYears):
            try encoder.encodeFields(["kind": "maxSeats", "limit": limit, "needed": needed, "horizonYears": horizonYears])
        case let .compliance(missing):
            try encoder.encodeFields(["kind": "compliance", "missing": missing])
        case let .dataResidency(required, offered):
            try encoder.encodeFields(["kind": "dataResidency", "required": required, "offered": offered])
        case let .overBudget(year, tier, cost, budget, currency):
            try encoder.encodeFields(["kind": "overBudget", "year": year, "tier": tier, "cost": cost, "budget": budget,
                                      "currency": currency])
        case let .noData(criterion):
            try encoder.encodeFields(["kind": "noData", "criterion": criterion])
        case let .belowMinimum(criterion, value, minimum):
            try encoder.encodeFields(["kind": "belowMinimum", "criterion": criterion, "value": value, "minimum": minimum])
        case let .aboveMaximum(criterion, value, maximum):
            try encoder.encodeFields(["kind": "aboveMaximum", "criterion": criterion, "value": value, "maximum": maximum])
        }
    }
}

/// Something the reader should check before trusting the ranking.
package enum EvaluationWarning: Sendable, Hashable, Encodable {
    case stalePrice(tool: String, asOf: CalendarDate, days: Int, source: String)
    case staleRating(tool: String, source: String, asOf: CalendarDate, days: Int)
    /// Every candidate has the same value, so the criterion carries no weight.
    case constantCriterion(criterion: String)
    /// No candidate has a value, so the criterion carries no weight.
    case noDataCriterion(criterion: String)
    /// `nonPositive: shift` moved the criterion's values by `by` so every one is positive.
    case shifted(criterion: String, by: Double)
    /// The AHP consistency ratio is above 0.1.
    case inconsistentAHP(consistencyRatio: Double)
    case everyCandidateExcluded

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case let .stalePrice(tool, asOf, days, source):
            try encoder.encodeFields(["kind": "stalePrice", "tool": tool, "asOf": asOf, "days": days, "source": source])
        case let .staleRating(tool, source, asOf, days):
            try encoder.encodeFields(["kind": "staleRating", "tool": tool, "source": source, "asOf": asOf, "days": days])
        case let .constantCriterion(criterion):
            try encoder.encodeFields(["kind": "constantCriterion", "criterion": criterion])
        case let .noDataCriterion(criterion):
            try encoder.encodeFields(["kind": "noDataCriterion", "criterion": criterion])
        case let .shifted(criterion, by):
            try encoder.encodeFields(["kind": "shifted", "criterion": criterion, "by": by])
        case let .inconsistentAHP(ratio):
            try encoder.encodeFields(["kind": "inconsistentAHP", "consistencyRatio": ratio])
        case .everyCandidateExcluded:
            try encoder.encodeFields(["kind": "everyCandidateExcluded"])
        }
    }
}

/// How a cost figure was made, where the reader should know it.
package enum CostCaveat: Sendable, Hashable, Encodable {
    /// Prices were converted at `rate` units of `to` per unit of `from`.
    case converted(from: Currency, to: Currency, rate: Double)
    /// The tier publishes no price for the team's billing period; the other period's price is used.
    case billingFallback(tier: String, billing: Billing, used: Billing)
    /// The tier is quote-only; its cost is the catalog's estimated range.
    case priceRange(tier: String)
    /// The prices are older than the evaluation's `staleAfterDays`.
    case stalePrice(asOf: CalendarDate, days: Int)

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case let .converted(from, to, rate):
            try encoder.encodeFields(["kind": "converted", "from": from, "to": to, "rate": rate])
        case let .billingFallback(tier, billing, used):
            try encoder.encodeFields(["kind": "billingFallback", "tier": tier, "billing": billing, "used": used])
        case let .priceRange(tier):
            try encoder.encodeFields(["kind": "priceRange", "tier": tier])
        case let .stalePrice(asOf, days):
            try encoder.encodeFields(["kind": "stalePrice", "asOf": asOf, "days": days])
        }
    }
}
