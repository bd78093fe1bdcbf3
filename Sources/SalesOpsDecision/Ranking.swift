/// Ranks from scores: rank 1 is the best alternative, whichever way the score reads.
///
/// Exact ties (equal `Double` scores) share a rank and the next rank is skipped — standard
/// competition ranking, so scores `[0.9, 0.9, 0.5]` rank `[1, 1, 3]`. ``order`` lists alternatives
/// best first; tied alternatives keep their input order, so the result is stable.
public struct Ranking: Sendable, Hashable {
    /// The rank of each alternative, 1 = best.
    public let ranks: [Int]
    /// Alternative indices, best first; ties in input order.
    public let order: [Int]

    /// Ranks `scores` read with `preference`.
    public init(scores: [Double], preference: ScorePreference) {
        var order = Array(scores.indices)
        var ranks = [Int](repeating: 0, count: scores.count)
        Self.rank(scores, preference: preference, order: &order, ranks: &ranks)
        self.order = order
        self.ranks = ranks
    }

    /// The alternatives that share rank 1.
    public var winners: [Int] {
        Array(order.prefix { ranks[$0] == 1 })
    }

    /// Fills caller-owned buffers so repeated ranking (Monte Carlo) allocates nothing.
    /// `order` must hold `0..<scores.count` in any order.
    static func rank(_ scores: [Double], preference: ScorePreference, order: inout [Int], ranks: inout [Int]) {
        scores.withUnsafeBufferPointer { s in
            // Sorting by (score, index) makes the order stable whatever the starting permutation.
            if preference == .higherIsBetter {
                order.sort { s[$0] > s[$1] || (s[$0] == s[$1] && $0 < $1) }
            } else {
                order.sort { s[$0] < s[$1] || (s[$0] == s[$1] && $0 < $1) }
            }
            var position = 0
            while position < order.count {
                var end = position + 1
                while end < order.count, s[order[end]] == s[order[position]] { end += 1 }
                for p in position..<end { ranks[order[p]] = position + 1 }
                position = end
            }
        }
    }

    /// The index of the best alternative (lowest index among ties), without sorting.
    static func winner(_ scores: [Double], preference: ScorePreference) -> Int {
        var best = 0
        for a in 1..<scores.count where preference.prefers(scores[a], over: scores[best]) { best = a }
        return best
    }
}
