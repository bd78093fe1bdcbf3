import SalesOpsDecision
import Testing

/// Agreement with pymcdm 1.4 (an independent implementation) to 1e-9: absolute for values
/// within [−1, 1], relative beyond (see `agrees`).
@Suite("pymcdm reference")
struct ReferenceTests {
    static let fixture = try! ReferenceFixture.load()

    @Test("fixture covers every method × normalisation on every matrix")
    func coverage() {
        #expect(Self.fixture.pymcdm.hasPrefix("1.4"))
        for c in Self.fixture.cases {
            #expect(c.results.count == 17, "\(c.name): 4 methods × 4 normalisations + VIKOR default")
        }
    }

    @Test("scores and ranks", arguments: fixture.cases)
    func methods(_ c: ReferenceFixture.Case) throws {
        let problem = try c.problem()
        for reference in c.results {
            let method = ReferenceFixture.method(reference.method)
            let result = try problem.evaluate(
                method: method, normalization: ReferenceFixture.normalization(reference.normalization))
            #expect(result.droppedCriteria.isEmpty)
            #expect(
                agrees(result.scores, reference.scores),
                "\(c.name) \(reference.method)/\(reference.normalization): \(result.scores) vs \(reference.scores)")
            // pymcdm gives t tied alternatives the average rank r + (t − 1)/2; ours is r.
            let competition = reference.ranks.map { rank in
                Int(rank - Double(reference.ranks.count { $0 == rank } - 1) / 2)
            }
            #expect(result.ranks == competition, "\(c.name) \(reference.method)/\(reference.normalization)")
        }
    }

    @Test("normalisations", arguments: fixture.cases)
    func normalizations(_ c: ReferenceFixture.Case) throws {
        let matrix = try DecisionMatrix(rows: c.matrix)
        for normalization in Normalization.allCases {
            // The reference file names min-max `minMax`, as the script that wrote it does.
            let reference = try #require(c.normalized[normalization == .minMax ? "minMax" : normalization.rawValue])
            let (normalized, shifts) = try normalization.normalize(matrix, types: c.criterionTypes)
            #expect(shifts.allSatisfy { $0 == 0 })
            #expect(agrees(normalized.values, reference.flatMap { $0 }), "\(c.name) \(normalization)")
        }
    }

    @Test("entropy and CRITIC weights", arguments: fixture.cases)
    func objectiveWeights(_ c: ReferenceFixture.Case) throws {
        let matrix = try DecisionMatrix(rows: c.matrix)
        #expect(agrees(try Weights.entropy(matrix), c.entropyWeights))
        #expect(agrees(Weights.critic(matrix), c.criticWeights))
    }

    @Test("AHP eigenvector weights and consistency index", arguments: fixture.ahp)
    func ahp(_ c: ReferenceFixture.AHPCase) throws {
        let comparison = try PairwiseComparison(c.matrix)
        #expect(agrees(comparison.weights, c.weights))
        #expect(agrees(comparison.consistencyIndex, c.consistencyIndex))
        #expect(agrees(comparison.principalEigenvalue, c.principalEigenvalue))
    }
}
