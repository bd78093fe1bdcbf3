/// The outcome of evaluating a ``DecisionProblem`` with one method.
package struct DecisionResult: Sendable, Hashable {
    /// The method used.
    package let method: DecisionMethod
    /// The normalisation used (the method's default when the call chose none).
    package let normalization: Normalization
    /// One score per alternative; read it with ``preference``.
    package let scores: [Double]
    /// Ranks and best-first order (rank 1 is best for every method).
    package let ranking: Ranking
    /// The weights actually applied, one per criterion: dropped criteria weigh 0 and the rest are
    /// scaled back to sum to 1 (all 0 when no criterion is informative).
    package let weights: [Double]
    /// Criteria that dropped out because every alternative has the same value on them.
    package let droppedCriteria: [Int]
    /// The constant added to each criterion's raw values under ``NonPositivePolicy/shift(minimum:)``; 0 when none.
    package let shifts: [Double]

    /// How ``scores`` read: higher is better for WSM, WPM and TOPSIS, lower for VIKOR.
    package var preference: ScorePreference { method.preference }
    /// Each alternative's rank, 1 = best; exact ties share a rank ("1, 1, 3").
    package var ranks: [Int] { ranking.ranks }
    /// Alternative indices, best first.
    package var order: [Int] { ranking.order }
    /// The best alternative (lowest index among ties).
    package var winner: Int { ranking.order[0] }
    /// The absolute score gap between the first and second alternative in ``order`` (0 with one alternative).
    package var margin: Double {
        order.count < 2 ? 0 : abs(scores[order[0]] - scores[order[1]])
    }
}
