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
