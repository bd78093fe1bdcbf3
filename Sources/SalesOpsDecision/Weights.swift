/// Criterion weights. Every function returns one non-negative weight per criterion, summing to 1.
///
/// Objective weights from data (``entropy(_:nonPositive:)``, ``critic(_:)``) live in
/// `Weights+objective.swift`; AHP pairwise weights in ``PairwiseComparison``.
package enum Weights {
    /// Direct weights, scaled to sum to 1.
    /// - Throws: ``DecisionError/invalidWeight(criterion:value:)`` for a negative or non-finite
    ///   weight, ``DecisionError/allWeightsZero`` when nothing is left to scale,
    ///   ``DecisionError/emptyMatrix(alternatives:criteria:)`` for no weights at all.
    package static func direct(_ weights: [Double]) throws(DecisionError) -> [Double] {
        guard !weights.isEmpty else { throw .emptyMatrix(alternatives: 0, criteria: 0) }
        for (c, w) in weights.enumerated() where !w.isFinite || w < 0 {
            throw .invalidWeight(criterion: c, value: w)
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { throw .allWeightsZero }
        return weights.map { $0 / total }
    }

    /// Equal weights `1/n`.
    package static func equal(count: Int) -> [Double] {
        [Double](repeating: 1 / Double(Swift.max(count, 1)), count: count)
    }

    /// Rank-order centroid weights (Barron & Barrett 1996): the criterion in position `k` of `n`
    /// (1 = most important) weighs `(1/n)·Σᵢ₌ₖⁿ 1/i`, the centroid of all weight vectors
    /// consistent with the order.
    ///
    /// - Parameter ranks: each criterion's rank, 1 = most important. Only the order of the numbers
    ///   matters (`[1, 2, 3]` and `[10, 20, 30]` give the same weights). **Ties are allowed**:
    ///   criteria sharing a rank share equally the centroid weights of the positions they occupy
    ///   together (ranks `[1, 1, 2]` give each of the first two `(w₁ + w₂)/2`), so the weights
    ///   still sum to 1.
    /// - Throws: ``DecisionError/invalidRank(criterion:rank:)`` for a rank below 1,
    ///   ``DecisionError/emptyMatrix(alternatives:criteria:)`` for no ranks.
    package static func rankOrderCentroid(ranks: [Int]) throws(DecisionError) -> [Double] {
        let n = ranks.count
        guard n > 0 else { throw .emptyMatrix(alternatives: 0, criteria: 0) }
        for (c, r) in ranks.enumerated() where r < 1 { throw .invalidRank(criterion: c, rank: r) }
        // Centroid weight of each position, from the tail: tail[k] = Σᵢ₌ₖ₊₁ⁿ 1/i.
        var positional = [Double](repeating: 0, count: n)
        var tail = 0.0
        for k in stride(from: n - 1, through: 0, by: -1) {
            tail += 1 / Double(k + 1)
            positional[k] = tail / Double(n)
        }
        let order = (0..<n).sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        var weights = [Double](repeating: 0, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, ranks[order[end]] == ranks[order[start]] { end += 1 }
            let share = positional[start..<end].reduce(0, +) / Double(end - start)
            for p in start..<end { weights[order[p]] = share }
            start = end
        }
        return weights
    }
}
