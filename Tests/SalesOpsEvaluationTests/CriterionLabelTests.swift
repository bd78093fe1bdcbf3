import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsTestSupport
import Testing

/// A criterion used twice stays two criteria in every report.
@Suite struct CriterionLabelTests {
    @Test func attributeUsedTwiceKeepsBothInTheJSONReport() throws {
        let catalog = try EvaluationFixtures.catalog()
        let evaluation = try #require(catalog.evaluation(named: "hand-worked"))
        let report = try EvaluationEngine(registry: EvaluationFixtures.registry())
            .run(evaluation, catalog: catalog, options: .init(today: EvaluationFixtures.today))
        let json = try JSONValueEncoder().encode(report)
        #expect(json["criteria"]?.arrayValue?.map { $0["id"] } == ["x", "y"])
        #expect(json["criteria"]?.arrayValue?.map { $0["use"] } == ["attribute", "attribute"])
        let alpha = try #require(json["ranking"]?.arrayValue?.first { $0["tool"] == "alpha" })
        #expect(alpha["values"] == ["x": 3, "y": 1])
        #expect(alpha["contributions"]?.objectValue?.keys.sorted() == ["x", "y"])
    }

    @Test func twoUsesWithOneLabelAreRefusedNotMerged() throws {
        let first = CriterionUse(use: "attribute", params: ["path": "spec.attributes.x"], weight: 1)
        let second = CriterionUse(use: "attribute", params: ["path": "spec.attributes.y"], weight: 1)
        let evaluation = EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [first, second])
        let error = #expect(throws: EvaluationError.self) { try EvaluationFixtures.run(evaluation) }
        #expect(error?.message == "evaluation `test`: two criteria are labelled `attribute`; give each use of a criterion its own `id`")
    }
}
