import Foundation
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsTestSupport
import Testing

/// AHP `pairwise` judgements accept Saaty's fractions (`1/9`) besides numbers.
@Suite struct PairwiseNotationTests {
    @Test func fractionsReadAsTheirValue() throws {
        let catalog = try EvaluationFixtures.catalog()
        let evaluation = try #require(catalog.evaluation(named: "ahp-fractions"))
        #expect(evaluation.spec.pairwise?.map { $0.map(\.value) } == [[1, 3], [1.0 / 3, 1]])
        let report = try EvaluationEngine(registry: EvaluationFixtures.registry()).run(
            evaluation, catalog: catalog, options: .init(samples: 0, today: EvaluationFixtures.today))
        #expect(report.criteria.map(\.id) == ["x", "y"])
        #expect(report.criteria.map { ($0.weight * 1e9).rounded() / 1e9 } == [0.75, 0.25])
        #expect(!report.warnings.contains { if case .inconsistentAHP = $0 { return true } else { return false } })
    }

    @Test(arguments: ["1/9", "2/3", " 1 / 5 ", "0.5/2"])
    func textFractions(_ text: String) throws {
        let parts = text.split(separator: "/").map { Double($0.filter { $0 != " " })! }
        #expect(PairwiseJudgement(text: text)?.value == parts[0] / parts[1])
    }

    @Test func aBadJudgementNamesFileLineAndColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pairwise-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("evaluation.yaml")
        try """
            apiVersion: salesops/v1
            kind: Evaluation
            metadata: { name: bad-ahp }
            spec:
              team: small
              candidates: { tools: [alpha] }
              weighting: ahp
              criteria: [{ use: total-cost }, { use: adoption-risk }]
              pairwise:
                - [1, 3]
                - [one third, 1]
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = CatalogLoader().load(folder.path)
        let messages = result.errors.map(\.description)
        #expect(messages.contains { $0.contains("evaluation.yaml:11:") && $0.contains("expected a number or a fraction such as 1/9, found \"one third\"") },
                "\(messages)")
        #expect(PairwiseJudgement(text: "1/0") == nil)
    }
}
