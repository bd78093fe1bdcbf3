/// Ranks from scores: rank 1 is the best alternative, whichever way the score reads.
///
/// Exact ties (equal `Double` scores) share a rank and the next rank is skipped — standard
/// competition ranking, so scores `[0.9, 0.9, 0.5]` rank `[1, 1, 3]`. ``order`` lists alternatives
/// best first; tied alternatives keep their input order, so the result is stable.
package struct Ranking: Sendable, Hashable {
    /// The rank of each alternative, 1 = best.
    package let ranks: [Int]
    /// Alternative indices, best first; ties in input order.
    package let order: [Int]

    /// Ranks `scores` read with `preference`.
    package init(scores: [Double], preference: ScorePreference) {
        var order = Array(scores.indices)
        var ranks = [Int](repeating: 0, count: scores.count)
        Self.rank(scores, preference: preference, order: &order, ranks: &ranks)
        self.order = order
        self.ranks = ranks
    }

    /// The alternatives that share rank 1.
    package var winners: [Int] {
        Array(order.prefix { ranks[$0] == 1 })
    }

    /// Fills caller-owned buffers so repeated ranking (Monte Carlo) allocates nothing.
    /// `order`, `ranks` and `scratch` must each hold `scores.count` elements.
    static func rank(
        _ scores: [Double], preference: ScorePreference,
        order: inout [Int], ranks: inout [Int], scratch: inout [RankKey]
    ) {
        // Sorting contiguous (key, index) pairs is several times faster than sorting indices
        // through a closure that looks scores up; the index in the key keeps the order stable.
        let sign = preference == .higherIsBetter ? -1.0 : 1.0
        var comparable = true
        for a in scores.indices {
            scratch[a] = RankKey(key: sign * scores[a], index: a)
            if scores[a].isNaN { comparable = false }
        }
        if comparable, scratch.count >= radixThreshold {
            radixSort(&scratch)
        } else {
            scratch.sort()
        }
        var position = 0
        while position < scratch.count {
            var end = position + 1
            while end < scratch.count, scratch[end].key == scratch[position].key { end += 1 }
            for p in position..<end {
                order[p] = scratch[p].index
                ranks[scratch[p].index] = position + 1
            }
            position = end
        }
    }

    /// From this many alternatives a radix sort beats comparisons (a ranking of ten thousand
    /// spent most of its time sorting).
    static let radixThreshold = 64

    /// Sorts keys in index order (as `rank` fills them) into the order of `RankKey.<`: an LSD
    /// radix sort, byte by byte, of the keys' bits made to order as the numbers do; stable, so
    /// equal keys keep index order. The keys must not be NaN.
    static func radixSort(_ keys: inout [RankKey]) {
        let count = keys.count
        guard count > 1 else { return }
        // -0 and 0 are equal keys: adding 0 makes both +0 before their bits are read.
        @inline(__always) func bits(_ key: Double) -> UInt64 {
            let pattern = (key + 0).bitPattern
            return pattern & (1 << 63) != 0 ? ~pattern : pattern | (1 << 63)
        }
        var histogram = [Int](repeating: 0, count: 8 * 256)
        let other = UnsafeMutableBufferPointer<RankKey>.allocate(capacity: count)
        defer { other.deallocate() }
        keys.withUnsafeMutableBufferPointer { keys in
            histogram.withUnsafeMutableBufferPointer { histogram in
                for item in keys {
                    let b = bits(item.key)
                    for byte in 0..<8 { histogram[byte * 256 + Int((b >> UInt64(8 * byte)) & 0xFF)] += 1 }
                }
                var source = keys.baseAddress!, target = other.baseAddress!
                for byte in 0..<8 {
                    let shift = UInt64(8 * byte)
                    let counts = histogram.baseAddress! + byte * 256
                    // A byte every key shares orders nothing.
                    if counts[Int((bits(source[0].key) >> shift) & 0xFF)] == count { continue }
                    var offset = 0
                    for digit in 0..<256 {
                        let n = counts[digit]
                        counts[digit] = offset
                        offset += n
                    }
                    for i in 0..<count {
                        let item = source[i]
                        let digit = Int((bits(item.key) >> shift) & 0xFF)
                        target[counts[digit]] = item
                        counts[digit] += 1
                    }
                    swap(&source, &target)
                }
                if source != keys.baseAddress! { keys.baseAddress!.update(from: source, count: count) }
            }
        }
    }

    static func rank(_ scores: [Double], preference: ScorePreference, order: inout [Int], ranks: inout [Int]) {
        var scratch = [RankKey](repeating: RankKey(key: 0, index: 0), count: scores.count)
        rank(scores, preference: preference, order: &order, ranks: &ranks, scratch: &scratch)
    }

    /// The index of the best alternative (lowest index among ties), without sorting.
    static func winner(_ scores: [Double], preference: ScorePreference) -> Int {
        var best = 0
        for a in 1..<scores.count where preference.prefers(scores[a], over: scores[best]) { best = a }
        return best
    }
}

/// A sort key for ranking: the score oriented so that smaller is better, then the index.
struct RankKey: Comparable, Sendable {
    var key: Double
    var index: Int

    @inline(__always)
    static func < (lhs: RankKey, rhs: RankKey) -> Bool {
        lhs.key < rhs.key || (lhs.key == rhs.key && lhs.index < rhs.index)
    }
}
