import SalesOpsBasics
import SalesOpsCatalog

/// The result of an evaluation: the JSON contract of `salesops evaluate --format json`.
///
/// `{"method", "ranking": [{"tool", "rank", "score", "contributions": {criterion: value}}],
///   "excluded": [{"tool", "reasons": [...]}], "sensitivity": {...}, …}`
public struct EvaluationReport: Sendable, Codable {
    public var evaluation: String
    public var title: String
    public var team: String
    public var method: String
    public var normalization: String
    public var weighting: String
    /// "higher is better" (WSM, WPM, TOPSIS) or "lower is better" (VIKOR's Q).
    public var scoreMeaning: String
    /// What `contributions` hold for this method.
    public var contributionMeaning: String
    public var criteria: [CriterionSummary]
    public var ranking: [RankedTool]
    public var excluded: [ExcludedTool]
    public var margin: Margin?
    public var warnings: [String]
    public var sensitivity: Sensitivity?
    public var today: CalendarDate

    public struct CriterionSummary: Sendable, Codable, Hashable {
        /// The label used in `contributions` and `values`.
        public var id: String
        /// The criterion id in the registry.
        public var use: String
        public var direction: CriterionDirection
        /// The weight used (after normalising to sum 1); 0 for a criterion that dropped out.
        public var weight: Double
        /// "built in", or the plugin that provides it.
        public var source: String
        /// Why it carries no weight, when it does not (e.g. every candidate has the same value).
        public var dropped: String?
        public var threshold: Threshold?
    }

    public struct RankedTool: Sendable, Codable, Hashable {
        public var tool: String
        public var title: String
        public var rank: Int
        public var score: Double
        /// Each criterion's part of the score (see `contributionMeaning`).
        public var contributions: [String: Double]
        /// Each criterion's raw value for this tool (after the missing-data policy).
        public var values: [String: Double]
        /// Criteria whose value was missing and filled in by the policy.
        public var filled: [String]
        /// The tier costed, and its cost in the team's currency.
        public var tier: String?
        public var cost: CostSummary?
    }

    public struct CostSummary: Sendable, Codable, Hashable {
        public var currency: Currency
        public var years: [MoneyRange]
        public var total: MoneyRange
        public var published: Bool
        public var notes: [String]
    }

    public struct ExcludedTool: Sendable, Codable, Hashable {
        public var tool: String
        public var title: String
        public var reasons: [String]
    }

    public struct Margin: Sendable, Codable, Hashable {
        /// Absolute score gap between #1 and #2.
        public var value: Double
        /// The gap as a share of the winner's score.
        public var relative: Double
        public var clearWinner: Bool
        public var text: String
    }

    public struct Sensitivity: Sendable, Codable, Hashable {
        public var weights: [WeightChange]
        public var rankAcceptability: RankAcceptabilitySummary?
    }

    /// The smallest change of one criterion's weight (others rescaled) that changes the winner.
    public struct WeightChange: Sendable, Codable, Hashable {
        public var criterion: String
        public var weight: Double
        /// The weight at which the winner changes; nil when no weight in [0, 1] changes it.
        public var flipsAt: Double?
        public var change: Double?
        public var newWinner: String?
        public var text: String
    }

    public struct RankAcceptabilitySummary: Sendable, Codable, Hashable {
        public var samples: Int
        public var seed: UInt64
        /// "uniform on the simplex" or "within ±x% of the given weights".
        public var sampling: String
        /// Per tool, the share of samples at rank 1, 2, … (in ranking order).
        public var tools: [ToolAcceptability]
    }

    public struct ToolAcceptability: Sendable, Codable, Hashable {
        public var tool: String
        public var ranks: [Double]
    }
}
