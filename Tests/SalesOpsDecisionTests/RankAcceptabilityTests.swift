@testable import SalesOpsDecision
import Testing

@Suite("Monte Carlo rank acceptability")
struct RankAcceptabilityTests {
    static let problem = try! DecisionProblem(
        rows: [[7, 300, 4], [9, 450, 3], [6, 200, 5], [8, 380, 2], [5, 150, 1]],
        types: [.benefit, .cost, .benefit], weights: [0.5, 0.3, 0.2])

    @Test("the same seed gives the same result, whatever the number of workers",
          arguments: DecisionMethod.allDefaults)
    func deterministic(method: DecisionMethod) throws {
        let one = try Self.problem.rankAcceptability(
            method: method, normalization: nil, nonPositive: .reject, samples: 2_000, sampling: .simplex,
            seed: 42, maxRank: nil, workers: 1)
        let three = try Self.problem.rankAcceptability(
            method: method, normalization: nil, nonPositive: .reject, samples: 2_000, sampling: .simplex,
            seed: 42, maxRank: nil, workers: 3)
        let public_ = try Self.problem.rankAcceptability(method: method, samples: 2_000, seed: 42)
        #expect(one == three)
        #expect(one == public_)
        let other = try Self.problem.rankAcceptability(method: method, samples: 2_000, seed: 43)
        #expect(other.shares != one.shares)
    }

    @Test("each alternative's shares over all ranks sum to 1", arguments: [WeightSampling.simplex, .perturbed(relative: 0.3)])
    func sharesSumToOne(sampling: WeightSampling) throws {
        let result = try Self.problem.rankAcceptability(method: .topsis, samples: 1_000, sampling: sampling, seed: 7)
        #expect(result.samples == 1_000)
        for a in 0..<result.alternatives {
            let total = (1...result.trackedRanks).reduce(0.0) { $0 + result.share(alternative: a, rank: $1) }
            #expect(agrees(total, 1, tolerance: 1e-12))
        }
        // No ties here, so exactly one alternative is first in each sample.
        #expect(agrees(result.firstRankShares.reduce(0, +), 1, tolerance: 1e-12))
    }

    @Test("with no perturbation every sample reproduces the evaluation, and the central weights are the given ones")
    func zeroPerturbation() throws {
        let result = try Self.problem.rankAcceptability(method: .wsm, samples: 300, sampling: .perturbed(relative: 0), seed: 1)
        let ranks = try Self.problem.evaluate(method: .wsm).ranks
        for (a, rank) in ranks.enumerated() {
            #expect(result.share(alternative: a, rank: rank) == 1)
        }
        let winner = try #require(ranks.firstIndex(of: 1))
        #expect(agrees(try #require(result.centralWeights[winner]), Self.problem.weights, tolerance: 1e-11))
    }

    @Test("a dominated alternative never ranks first")
    func dominated() throws {
        // Alternative 1 is worse than alternative 0 on every criterion.
        let problem = try DecisionProblem(rows: [[8, 200, 4], [7, 250, 3], [9, 400, 1]], types: [.benefit, .cost, .benefit], weights: [1, 1, 1])
        let result = try problem.rankAcceptability(method: .wsm, samples: 5_000, seed: 9)
        #expect(result.share(alternative: 1, rank: 1) == 0)
        #expect(result.centralWeights[1] == nil)
        #expect(result.share(alternative: 0, rank: 1) > 0)
        #expect(result.share(alternative: 2, rank: 1) > 0)
    }

    @Test("the first k ranks equal those of a full ranking, ties included", arguments: DecisionMethod.allDefaults)
    func leadingRanksEqualFullRanking(method: DecisionMethod) throws {
        // Rows 1 and 3 are equal, so they always tie and share a rank.
        let problem = try DecisionProblem(
            rows: [[9, 1, 4], [5, 5, 6], [1, 9, 5], [5, 5, 6], [7, 3, 8], [3, 6, 2]],
            types: [.benefit, .cost, .benefit], weights: [1, 1, 1])
        let full = try problem.rankAcceptability(method: method, samples: 3_000, seed: 5)
        for k in 1...3 {
            let top = try problem.rankAcceptability(method: method, samples: 3_000, seed: 5, maxRank: k)
            #expect(top.shares == (0..<6).flatMap { a in (1...k).map { full.share(alternative: a, rank: $0) } }, "k = \(k)")
            #expect(top.centralWeights == full.centralWeights)
        }
    }

    @Test("maxRank bounds the table; bad arguments are errors")
    func limits() throws {
        let result = try Self.problem.rankAcceptability(method: .vikor, samples: 500, seed: 3, maxRank: 2)
        #expect(result.trackedRanks == 2)
        #expect(result.shares.count == 10)
        #expect(result.share(alternative: 0, rank: 3) == 0)
        #expect(throws: DecisionError.self) { try Self.problem.rankAcceptability(method: .wsm, samples: 0, seed: 1) }
        #expect(throws: DecisionError.self) {
            try Self.problem.rankAcceptability(method: .wsm, samples: 10, sampling: .perturbed(relative: 2), seed: 1)
        }
    }

    @Test("xoshiro256** is deterministic and its streams differ")
    func generator() {
        var a = Xoshiro256StarStar(seed: 5), b = Xoshiro256StarStar(seed: 5), c = Xoshiro256StarStar(seed: 5, stream: 1)
        let first = (0..<4).map { _ in a.next() }
        #expect(first == (0..<4).map { _ in b.next() })
        #expect(first != (0..<4).map { _ in c.next() })
        var d = Xoshiro256StarStar(seed: 11)
        for _ in 0..<1_000 {
            let u = d.nextPositiveUnit()
            #expect(u > 0 && u <= 1)
        }
    }
}

@Suite("TOPSIS scoring of sample blocks")
struct TOPSISBlockTests {
    /// Eight lanes give each sample exactly the scores it gets alone, for full and partial blocks
    /// and for a sample with no positive weight.
    @Test func blockScoresEqualSingleScores() throws {
        let problem = try DecisionProblem.synthetic(alternatives: 50, criteria: 7, seed: 3)
        let prepared = try PreparedProblem(problem, method: .topsis, normalization: nil, nonPositive: .reject)
        var rng = Xoshiro256StarStar(seed: 11)
        for count in [TOPSISBlock.size, 3, 1] {
            var block = TOPSISBlock(alternatives: prepared.alternatives, width: prepared.width)
            for b in 0..<count { prepared.sample(.simplex, into: &block.weights[b], using: &rng) }
            if count == 3 { block.weights[1] = [Double](repeating: 0, count: prepared.width) }
            prepared.topsisScores(&block, count: count)
            for b in 0..<count {
                var single = [Double](repeating: -1, count: prepared.alternatives)
                prepared.scores(weights: block.weights[b], into: &single)
                #expect(block.scores[b] == single, "block of \(count), sample \(b)")
            }
        }
    }

    /// The C kernel (AVX, where the processor has it) gives the Swift loop's scores bit for bit.
    @Test(arguments: [(2, 1), (37, 5), (500, 30)])
    func nativeKernelScoresEqualTheSwiftLoop(alternatives: Int, criteria: Int) throws {
        let problem = try DecisionProblem.synthetic(alternatives: alternatives, criteria: criteria, seed: 21)
        let prepared = try PreparedProblem(problem, method: .topsis, normalization: nil, nonPositive: .reject)
        var rng = Xoshiro256StarStar(seed: 5)
        var native = TOPSISBlock(alternatives: prepared.alternatives, width: prepared.width)
        for b in 0..<TOPSISBlock.size { prepared.sample(.simplex, into: &native.weights[b], using: &rng) }
        var portable = native
        prepared.topsisScores(&native, count: TOPSISBlock.size)
        prepared.topsisScores(&portable, count: TOPSISBlock.size, native: false)
        for b in 0..<TOPSISBlock.size {
            #expect(native.scores[b].map(\.bitPattern) == portable.scores[b].map(\.bitPattern), "sample \(b)")
        }
    }

    /// A problem prepared for one ranking computes TOPSIS's squared gaps in passing: the same scores.
    @Test func oneRankingScoresAsRepeatedScoringDoes() throws {
        let problem = try DecisionProblem.synthetic(alternatives: 200, criteria: 9, seed: 8)
        let repeated = try PreparedProblem(problem, method: .topsis, normalization: nil, nonPositive: .reject)
        let once = try PreparedProblem(problem, method: .topsis, normalization: nil, nonPositive: .reject, repeated: false)
        #expect(once.cells.isEmpty && !repeated.cells.isEmpty)
        var rng = Xoshiro256StarStar(seed: 4)
        var weights = [Double](repeating: 0, count: repeated.width)
        for _ in 0..<20 {
            repeated.sample(.simplex, into: &weights, using: &rng)
            var a = [Double](repeating: 0, count: repeated.alternatives), b = a
            repeated.scores(weights: weights, into: &a)
            once.scores(weights: weights, into: &b)
            #expect(a == b)
        }
    }
}

