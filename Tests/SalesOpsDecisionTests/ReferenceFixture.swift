import Foundation
import SalesOpsDecision
import Testing

/// `Fixtures/mcdm-reference.json`, written by `scripts/generate-mcdm-reference.py` from pymcdm.
struct ReferenceFixture: Decodable, Sendable {
    struct MethodResult: Decodable, Sendable {
        let method: String
        let normalization: String
        let scores: [Double]
        /// pymcdm's ranks: average ranks for ties, so non-integers mark ties.
        let ranks: [Double]
    }

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let matrix: [[Double]]
        let types: [Int]
        let weights: [Double]
        let results: [MethodResult]
        let normalized: [String: [[Double]]]
        let entropyWeights: [Double]
        let criticWeights: [Double]

        var testDescription: String { name }

        var criterionTypes: [CriterionType] { types.map { $0 == 1 ? .benefit : .cost } }

        func problem() throws -> DecisionProblem {
            try DecisionProblem(rows: matrix, types: criterionTypes, weights: weights)
        }
    }

    struct AHPCase: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let matrix: [[Double]]
        let weights: [Double]
        let consistencyIndex: Double
        let principalEigenvalue: Double

        var testDescription: String { name }
    }

    let pymcdm: String
    let cases: [Case]
    let ahp: [AHPCase]

    static func load() throws -> ReferenceFixture {
        let url = try #require(Bundle.module.url(forResource: "mcdm-reference", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(ReferenceFixture.self, from: Data(contentsOf: url))
    }

    static func method(_ name: String) -> DecisionMethod {
        switch name {
        case "wsm": return .wsm
        case "wpm": return .wpm
        case "topsis": return .topsis
        default: return .vikor
        }
    }

    /// `nil` for a method's own default.
    static func normalization(_ name: String) -> Normalization? {
        Normalization(rawValue: name.lowercased())
    }
}

/// Agreement to 1e-9: absolute for reference values within [−1, 1], relative beyond.
func agrees(_ value: Double, _ reference: Double, tolerance: Double = 1e-9) -> Bool {
    abs(value - reference) <= tolerance * max(1, abs(reference))
}

func agrees(_ values: [Double], _ reference: [Double], tolerance: Double = 1e-9) -> Bool {
    values.count == reference.count && zip(values, reference).allSatisfy { agrees($0, $1, tolerance: tolerance) }
}
