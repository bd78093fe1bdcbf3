import SalesOpsDecision
import Testing

@Suite("Weights")
struct WeightsTests {
    @Test("direct weights are scaled to sum to 1; negatives, NaN and all-zero are errors")
    func direct() throws {
        #expect(try Weights.direct([2, 1, 1]) == [0.5, 0.25, 0.25])
        #expect(try Weights.direct([0, 3]) == [0, 1])
        #expect(throws: DecisionError.invalidWeight(criterion: 1, value: -1)) { try Weights.direct([1, -1]) }
        #expect(throws: DecisionError.allWeightsZero) { try Weights.direct([0, 0]) }
        #expect { try Weights.direct([1, .nan]) } throws: { error in
            guard case .invalidWeight(criterion: 1, _) = error as? DecisionError else { return false }
            return true
        }
    }

    struct ROCCase: Sendable, CustomTestStringConvertible {
        let ranks: [Int]
        let expected: [Double]
        var testDescription: String { "\(ranks)" }
    }

    // wₖ = (1/n)·Σᵢ₌ₖⁿ 1/i. n = 3: w₁ = (1 + 1/2 + 1/3)/3 = 11/18, w₂ = (1/2 + 1/3)/3 = 5/18,
    // w₃ = (1/3)/3 = 2/18. n = 4: 25/48, 13/48, 7/48, 3/48.
    static let rocCases: [ROCCase] = [
        ROCCase(ranks: [1, 2, 3], expected: [11.0 / 18, 5.0 / 18, 2.0 / 18]),
        ROCCase(ranks: [3, 1, 2], expected: [2.0 / 18, 11.0 / 18, 5.0 / 18]),
        ROCCase(ranks: [30, 10, 20], expected: [2.0 / 18, 11.0 / 18, 5.0 / 18]),  // only the order counts
        ROCCase(ranks: [1, 2, 3, 4], expected: [25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48]),
        // Ties share the positions they occupy: (11/18 + 5/18)/2 = 8/18 each.
        ROCCase(ranks: [1, 1, 2], expected: [8.0 / 18, 8.0 / 18, 2.0 / 18]),
        // Positions 2–4 shared: (13 + 7 + 3)/48/3 = 23/144 each.
        ROCCase(ranks: [2, 2, 1, 2], expected: [23.0 / 144, 23.0 / 144, 25.0 / 48, 23.0 / 144]),
        ROCCase(ranks: [1], expected: [1]),
    ]

    @Test("rank-order centroid weights", arguments: rocCases)
    func rankOrderCentroid(_ c: ROCCase) throws {
        let weights = try Weights.rankOrderCentroid(ranks: c.ranks)
        #expect(agrees(weights, c.expected, tolerance: 1e-15))
        #expect(agrees(weights.reduce(0, +), 1, tolerance: 1e-15))
    }

    @Test("rank-order centroid rejects ranks below 1")
    func rankOrderCentroidErrors() {
        #expect(throws: DecisionError.invalidRank(criterion: 1, rank: 0)) { try Weights.rankOrderCentroid(ranks: [1, 0]) }
    }

    @Test("AHP on Saaty's 3 × 3 example: eigenvector weights, CI and CR")
    func ahpTextbook() throws {
        // Criterion 1 is 3× as important as 2 and 5× as important as 3; 2 is 3× as important as 3.
        // The principal eigenvector, scaled to sum to 1, is w ≈ (0.6370, 0.2583, 0.1047), and each
        // row of A·w is λmax·w: 1·0.6370 + 3·0.2583 + 5·0.1047 = 1.9355 = 3.0385 × 0.6370.
        // CI = (λmax − n)/(n − 1) = (3.038511 − 3)/2 = 0.019256; Saaty's RI(3) = 0.58, so
        // CR = 0.019256/0.58 = 0.033199, under 0.1: acceptably consistent.
        let ahp = try PairwiseComparison([[1, 3, 5], [1.0 / 3, 1, 3], [1.0 / 5, 1.0 / 3, 1]])
        #expect(agrees(ahp.weights, [0.636986, 0.258285, 0.104729], tolerance: 1e-6))
        #expect(agrees(ahp.principalEigenvalue, 3.038511, tolerance: 1e-6))
        #expect(agrees(ahp.consistencyIndex, 0.019256, tolerance: 1e-6))
        #expect(ahp.randomIndex == 0.58)
        #expect(agrees(try #require(ahp.consistencyRatio), 0.033199, tolerance: 1e-6))
        #expect(!ahp.isInconsistent)
    }

    @Test("AHP: a perfectly consistent matrix has CR 0; contradictory judgements exceed 0.1")
    func ahpConsistency() throws {
        let consistent = try PairwiseComparison([[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]])
        #expect(agrees(consistent.weights, [4.0 / 7, 2.0 / 7, 1.0 / 7], tolerance: 1e-12))
        #expect(agrees(try #require(consistent.consistencyRatio), 0, tolerance: 1e-12))
        // 1 ≻ 2 strongly, 2 ≻ 3 strongly, yet 3 ≻ 1: λmax = 8.5025, CI = 1.5008, CR = 1.5008/0.90 = 1.6676.
        let cyclic = try PairwiseComparison([[1, 9, 1.0 / 3, 5], [1.0 / 9, 1, 7, 1.0 / 5], [3, 1.0 / 7, 1, 3], [1.0 / 5, 5, 1.0 / 3, 1]])
        #expect(agrees(try #require(cyclic.consistencyRatio), 1.6676, tolerance: 1e-4))
        #expect(cyclic.isInconsistent)
        // Two criteria are always consistent.
        let two = try PairwiseComparison([[1, 3], [1.0 / 3, 1]])
        #expect(agrees(two.weights, [0.75, 0.25], tolerance: 1e-12))
        #expect(two.consistencyRatio == 0)
    }

    @Test("AHP rejects non-reciprocal, non-positive and non-square input")
    func ahpErrors() {
        #expect { try PairwiseComparison([[1, 3], [3, 1]]) } throws: { error in
            guard case .invalidPairwiseComparison(row: 1, column: 0, _, _) = error as? DecisionError else { return false }
            return true
        }
        #expect { try PairwiseComparison([[1, -2], [-0.5, 1]]) } throws: { error in
            guard case .invalidPairwiseComparison(row: 0, column: 1, _, _) = error as? DecisionError else { return false }
            return true
        }
        #expect(throws: DecisionError.countMismatch(what: "pairwise comparison row 1", expected: 2, found: 1)) {
            try PairwiseComparison([[1, 2], [0.5]])
        }
        // 0.333 stands for 1/3 (within 1%).
        #expect(throws: Never.self) { try PairwiseComparison([[1, 3], [0.333, 1]]) }
    }

    @Test("entropy and CRITIC: a constant criterion weighs 0; no variation at all gives equal weights")
    func objectiveDegenerate() throws {
        let matrix = try DecisionMatrix(rows: [[1, 5, 3], [2, 5, 9], [4, 5, 1]])
        #expect(try Weights.entropy(matrix)[1] == 0)
        #expect(Weights.critic(matrix)[1] == 0)
        let single = try DecisionMatrix(rows: [[1, 5, 3]])
        #expect(try Weights.entropy(single) == Weights.equal(count: 3))
        #expect(Weights.critic(single) == Weights.equal(count: 3))
        // Two alternatives, one better on everything: every pair of criteria correlates perfectly.
        let dominated = try DecisionMatrix(rows: [[1, 2], [3, 4]])
        #expect(Weights.critic(dominated) == [0.5, 0.5])
    }

    @Test("entropy needs positive values and names the offending cell")
    func entropyPositive() throws {
        let matrix = try DecisionMatrix(rows: [[1, 5], [2, 0], [4, 7]])
        #expect(throws: DecisionError.nonPositiveValue(alternative: 1, criterion: 1, value: 0, requiredBy: "entropy weights")) {
            try Weights.entropy(matrix)
        }
        let shifted = try Weights.entropy(matrix, nonPositive: .shiftToOne)
        #expect(agrees(shifted, try Weights.entropy(try DecisionMatrix(rows: [[1, 6], [2, 1], [4, 8]]))))
    }
}
