import CSalesOpsKernels
import SalesOpsBasics
import Foundation

/// How weights are drawn for Monte Carlo rank acceptability.
package enum WeightSampling: Sendable, Hashable {
    /// Uniform over all weight vectors (the simplex): Dirichlet(1, …, 1), drawn as normalised
    /// standard exponentials. Ignores the given weights: "how often does each alternative win
    /// if we know nothing about the weights?"
    case simplex
    /// Each given weight scaled by a uniform factor in `[1 − relative, 1 + relative]`, then all
    /// renormalised to sum to 1: "how robust is the ranking to ±x% disagreement?"
    /// `relative` is in [0, 1] (0.2 for ±20%).
    case perturbed(relative: Double)
}

/// SMAA-style rank acceptability: over many sampled weight vectors, the share of samples in which
/// each alternative takes each rank.
package struct RankAcceptability: Sendable, Hashable {
    /// Number of weight samples drawn.
    package let samples: Int
    /// Number of alternatives.
    package let alternatives: Int
    /// Number of ranks tracked (all of them unless the call limited it).
    package let trackedRanks: Int
    /// `alternatives × trackedRanks`, row-major: the share of samples in which alternative `a`
    /// had rank `r` is `shares[a * trackedRanks + r − 1]`. Ties share a rank (competition
    /// ranking), so each alternative has exactly one rank per sample and its row sums to 1 when
    /// every rank is tracked.
    package let shares: [Double]
    /// Per alternative, the mean sampled weight vector (one weight per criterion) over the
    /// samples where it ranked first — SMAA's central weights, the typical weights that make it
    /// win; `nil` for an alternative that never ranked first. Accumulated in fixed point (2⁻⁴⁰),
    /// so the values are exact to about 1e-12 and identical whatever the core count.
    package let centralWeights: [[Double]?]
    /// Criteria left out because they are constant.
    package let droppedCriteria: [Int]

    /// The ranks an evaluation reports unless told otherwise: the table stays `alternatives × 3`
    /// however many alternatives there are.
    package static let defaultRanks = 3

    /// The share of samples in which `alternative` had `rank` (1-based); 0 beyond ``trackedRanks``.
    package func share(alternative: Int, rank: Int) -> Double {
        rank >= 1 && rank <= trackedRanks ? shares[alternative * trackedRanks + rank - 1] : 0
    }

    /// Each alternative's share of first places.
    package var firstRankShares: [Double] {
        (0..<alternatives).map { shares[$0 * trackedRanks] }
    }
}

extension DecisionProblem {
    /// Samples weights `samples` times, ranks the alternatives under each, and reports how often
    /// each alternative took each rank.
    ///
    /// Deterministic: samples are drawn in chunks of 256, chunk `i` from
    /// ``Xoshiro256StarStar/init(seed:stream:)`` with `stream: i`, and counts are integers, so the
    /// result depends only on the seed and the arguments, not on the number of cores used.
    /// Constant criteria drop out as in ``evaluate(method:normalization:nonPositive:)``.
    /// - Parameters:
    ///   - samples: number of weight vectors, at least 1 and at most 2²³ (the fixed-point
    ///     central-weight sums must not overflow).
    ///   - maxRank: track ranks 1…maxRank only (`nil` for all), to bound memory and time with many
    ///     alternatives: the table is `alternatives × maxRank`, and each sample finds its leaders in
    ///     one pass instead of sorting every alternative. Evaluations use ``RankAcceptability/defaultRanks``.
    package func rankAcceptability(
        method: DecisionMethod,
        normalization: Normalization? = nil,
        nonPositive: NonPositivePolicy = .reject,
        samples: Int,
        sampling: WeightSampling = .simplex,
        seed: UInt64,
        maxRank: Int? = nil
    ) throws(DecisionError) -> RankAcceptability {
        try rankAcceptability(
            method: method, normalization: normalization, nonPositive: nonPositive, samples: samples,
            sampling: sampling, seed: seed, maxRank: maxRank, workers: Parallel.workers)
    }

    /// The same, split over exactly `workers` workers (tests check that the count does not matter).
    func rankAcceptability(
        method: DecisionMethod, normalization: Normalization?, nonPositive: NonPositivePolicy,
        samples: Int, sampling: WeightSampling, seed: UInt64, maxRank: Int?, workers requestedWorkers: Int
    ) throws(DecisionError) -> RankAcceptability {
        guard (1...(1 << 23)).contains(samples) else {
            throw .invalidParameter(name: "samples", value: Double(samples), expected: "an integer in 1...8388608")
        }
        if case let .perturbed(relative) = sampling, !(0...1).contains(relative) {
            throw .invalidParameter(name: "relative perturbation", value: relative, expected: "a number in [0, 1]")
        }
        if let maxRank, maxRank < 1 {
            throw .invalidParameter(name: "maxRank", value: Double(maxRank), expected: "a positive integer")
        }
        let p = try PreparedProblem(self, method: method, normalization: normalization, nonPositive: nonPositive)
        let m = p.alternatives, width = p.width
        let ranksTracked = Swift.min(maxRank ?? m, m)
        let chunkSize = 256
        let chunks = (samples + chunkSize - 1) / chunkSize
        let workers = Swift.max(1, Swift.min(requestedWorkers, chunks))

        // Each worker takes chunks worker, worker + workers, …; integer tallies add up the same way
        // whatever the split.
        let tallies: [SampleTally] = Parallel.map(workers) { worker in
            var tally = SampleTally(alternatives: m, ranks: ranksTracked, width: width)
            var weights = [Double](repeating: 0, count: width)
            var scores = [Double](repeating: 0, count: m)
            var order = Array(0..<m)
            var ranks = [Int](repeating: 0, count: m)
            var scratch = [RankKey](repeating: RankKey(key: 0, index: 0), count: m)
            var top = TopRanks(count: ranksTracked)
            func rank(_ scores: [Double], _ weights: [Double]) {
                if ranksTracked < m {
                    // Only the leaders matter: one pass keeps them, no sort of all alternatives.
                    top.find(scores, preference: method.preference)
                    top.forEachRanked { a, rank in tally.add(alternative: a, rank: rank, weights: weights) }
                } else {
                    Ranking.rank(scores, preference: method.preference, order: &order, ranks: &ranks, scratch: &scratch)
                    for (a, rank) in ranks.enumerated() { tally.add(alternative: a, rank: rank, weights: weights) }
                }
            }
            // TOPSIS scores a block of samples in one pass over the data (see `topsisScores`).
            var block = method == .topsis ? TOPSISBlock(alternatives: m, width: width) : nil
            for chunk in stride(from: worker, to: chunks, by: workers) {
                var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(chunk))
                let count = Swift.min(chunkSize, samples - chunk * chunkSize)
                if block != nil {
                    var done = 0
                    while done < count {
                        let n = Swift.min(TOPSISBlock.size, count - done)
                        for b in 0..<n { p.sample(sampling, into: &block!.weights[b], using: &rng) }
                        p.topsisScores(&block!, count: n)
                        for b in 0..<n { rank(block!.scores[b], block!.weights[b]) }
                        done += n
                    }
                    continue
                }
                for _ in 0..<count {
                    p.sample(sampling, into: &weights, using: &rng)
                    p.scores(weights: weights, into: &scores)
                    rank(scores, weights)
                }
            }
            return tally
        }

        var total = SampleTally(alternatives: m, ranks: ranksTracked, width: width)
        for tally in tallies { total.merge(tally) }
        let shares = total.rankCounts.map { Double($0) / Double(samples) }
        let central: [[Double]?] = (0..<m).map { a in
            let wins = total.wins[a]
            guard wins > 0 else { return nil }
            let kept = (0..<width).map { Double(total.weightSums[a * width + $0]) * SampleTally.unit / Double(wins) }
            return p.fullWeights(kept)
        }
        return RankAcceptability(
            samples: samples, alternatives: m, trackedRanks: ranksTracked, shares: shares,
            centralWeights: central, droppedCriteria: p.dropped)
    }
}

/// Weights and scores of up to `size` samples, scored together.
struct TOPSISBlock {
    static let size = 8
    var weights: [[Double]]
    var scores: [[Double]]

    init(alternatives: Int, width: Int) {
        weights = Array(repeating: [Double](repeating: 0, count: width), count: Self.size)
        scores = Array(repeating: [Double](repeating: 0, count: alternatives), count: Self.size)
    }
}

extension PreparedProblem {
    /// TOPSIS scores of the first `count` samples of `block`, equal bit for bit to
    /// `scores(weights:into:)` of each: one lane per sample, the same operations in the same
    /// order. Reading the squared gaps once for eight samples instead of once per sample is
    /// what makes this faster: the gaps of ten thousand alternatives do not stay in cache.
    /// `native: false` keeps to the Swift loop even where the C kernel (AVX) would run: tests
    /// compare the two.
    func topsisScores(_ block: inout TOPSISBlock, count: Int, native: Bool = true) {
        typealias Lanes = SIMD8<Double>
        let width = self.width
        var squared = [Lanes](repeating: .zero, count: width)
        var scored = Lanes.zero
        for b in 0..<count where width > 0 && block.weights[b].contains(where: { $0 > 0 }) {
            scored[b] = 1
            for k in 0..<width { squared[k][b] = block.weights[b][k] * block.weights[b][k] }
        }
        var plus = [Lanes](repeating: .zero, count: alternatives)
        var minus = plus
        squared.withUnsafeBufferPointer { w2 in
        cells.withUnsafeBufferPointer { gaps in
            // The same operations four lanes wider where the processor has AVX (half the instructions of SSE2).
            if native, alternatives > 0, width > 0 {
                let done = w2.withMemoryRebound(to: Double.self) { weights in
                    plus.withUnsafeMutableBufferPointer { plus in
                        minus.withUnsafeMutableBufferPointer { minus in
                            plus.withMemoryRebound(to: Double.self) { plus in
                                minus.withMemoryRebound(to: Double.self) { minus in
                                    salesops_topsis_distances8(weights.baseAddress, gaps.baseAddress, alternatives, width,
                                                               plus.baseAddress, minus.baseAddress)
                                }
                            }
                        }
                    }
                }
                if done != 0 { return }
            }
            for a in 0..<alternatives {
                var toIdeal = Lanes.zero, toAntiIdeal = Lanes.zero
                let row = 2 * a * width
                for k in 0..<width {
                    toIdeal += w2[k] * gaps[row + 2 * k]
                    toAntiIdeal += w2[k] * gaps[row + 2 * k + 1]
                }
                plus[a] = toIdeal.squareRoot()
                minus[a] = toAntiIdeal.squareRoot()
            }
        }
        }
        for b in 0..<count {
            guard scored[b] != 0 else {
                for a in 0..<alternatives { block.scores[b][a] = method.idealScore }
                continue
            }
            block.scores[b].withUnsafeMutableBufferPointer { out in
                for a in 0..<alternatives {
                    let p = plus[a][b], m = minus[a][b]
                    // Both distances vanish only if no weighted criterion varies, which `scored` excludes.
                    out[a] = p + m > 0 ? m / (p + m) : 1
                }
            }
        }
    }

    /// Draws one weight vector over the kept criteria.
    func sample(_ sampling: WeightSampling, into weights: inout [Double], using rng: inout Xoshiro256StarStar) {
        var total = 0.0
        switch sampling {
        case .simplex:
            for k in weights.indices {
                let e = -log(rng.nextPositiveUnit())
                weights[k] = e
                total += e
            }
        case let .perturbed(relative):
            for k in weights.indices {
                let w = self.weights[k] * (1 + relative * (2 * rng.nextUnit() - 1))
                weights[k] = Swift.max(0, w)
                total += weights[k]
            }
            // Only reachable with ±100% and every factor 0: fall back to the given weights.
            guard total > 0 else {
                for k in weights.indices { weights[k] = self.weights[k] }
                return
            }
        }
        for k in weights.indices { weights[k] /= total }
    }
}

/// Integer tallies from a run of samples.
private struct SampleTally: Sendable {
    /// Fixed-point unit for weight sums: exact, order-independent addition.
    static let unit = 0x1p-40
    var rankCounts: [Int]
    var wins: [Int]
    var weightSums: [Int64]
    let ranks: Int
    let width: Int

    init(alternatives: Int, ranks: Int, width: Int) {
        rankCounts = [Int](repeating: 0, count: alternatives * ranks)
        wins = [Int](repeating: 0, count: alternatives)
        weightSums = [Int64](repeating: 0, count: alternatives * width)
        self.ranks = ranks
        self.width = width
    }

    mutating func add(alternative a: Int, rank r: Int, weights: [Double]) {
        if r <= ranks { rankCounts[a * ranks + r - 1] += 1 }
        if r == 1 {
            wins[a] += 1
            for k in 0..<width { weightSums[a * width + k] += Int64((weights[k] / Self.unit).rounded()) }
        }
    }

    mutating func merge(_ other: SampleTally) {
        for i in rankCounts.indices { rankCounts[i] += other.rankCounts[i] }
        for i in wins.indices { wins[i] += other.wins[i] }
        for i in weightSums.indices { weightSums[i] += other.weightSums[i] }
    }
}

/// The alternatives whose competition rank is at most `count`, found in one pass over the scores
/// (the `count` best keys kept sorted), with the same ranks as ``Ranking``.
private struct TopRanks {
    let count: Int
    private var best: [RankKey]
    private var filled = 0
    /// Alternatives beyond the kept ones that tie with the last kept key, hence share its rank.
    private var tiedBeyond: [Int] = []

    init(count: Int) {
        self.count = count
        best = [RankKey](repeating: RankKey(key: 0, index: 0), count: count)
    }

    mutating func find(_ scores: [Double], preference: ScorePreference) {
        let sign = preference == .higherIsBetter ? -1.0 : 1.0
        filled = 0
        for a in scores.indices {
            let item = RankKey(key: sign * scores[a], index: a)
            guard filled < count || item < best[count - 1] else { continue }
            var i = Swift.min(filled, count - 1)
            while i > 0, item < best[i - 1] {
                best[i] = best[i - 1]
                i -= 1
            }
            best[i] = item
            filled = Swift.min(filled + 1, count)
        }
        tiedBeyond.removeAll(keepingCapacity: true)
        let last = best[filled - 1]
        for a in scores.indices where a > last.index && sign * scores[a] == last.key { tiedBeyond.append(a) }
    }

    /// Calls `body(alternative, rank)` for each alternative ranked `count` or better.
    func forEachRanked(_ body: (Int, Int) -> Void) {
        var rank = 1
        for i in 0..<filled {
            if i > 0, best[i].key != best[i - 1].key { rank = i + 1 }
            body(best[i].index, rank)
        }
        for a in tiedBeyond { body(a, rank) }
    }
}
