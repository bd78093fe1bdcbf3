import Foundation
import SalesOpsBasics
@testable import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsEvaluationReports
import SalesOpsTestSupport
import Testing

/// Every built-in criterion over a team and tools at the edges of the catalog's ranges: defined
/// numbers and readable reports, no trap.
@Suite struct LimitsTests {
    static let limits = EvaluationFixtures.packageRoot.appendingPathComponent("Tests/SalesOpsCatalogTests/Fixtures/ranges/limits.yaml").path

    static func report(team: String) throws -> EvaluationReport {
        let loaded = CatalogLoader().load(files: [limits])
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        let criteria = ["feature-coverage", "total-cost", "budget-fit", "integration-fit", "adoption-risk", "compliance", "scalability", "rating"]
            .map { CriterionUse(use: $0, weight: 1) }
            + [CriterionUse(use: "attribute", params: ["path": "spec.attributes.pilotScore"], weight: 1000)]
        var spec = EvaluationSpec(team: team, candidates: Candidates(tools: ["edge-crm", "tiny-crm"], categories: nil), criteria: criteria)
        spec.sensitivity = SensitivitySettings(samples: 100, seed: 1, spread: 1)
        let evaluation = Evaluation(kind: "Evaluation", metadata: Metadata(name: "limits"), spec: spec)
        return try EvaluationEngine(registry: EvaluationFixtures.registry())
            .run(evaluation, catalog: loaded.catalog, options: .init(today: EvaluationFixtures.today))
    }

    @Test func smallestTeamRanksBothToolsWithFiniteScores() throws {
        let report = try Self.report(team: "smallest-team")
        #expect(Set(report.ranking.map(\.tool)) == ["edge-crm", "tiny-crm"])
        for tool in report.ranking {
            #expect(tool.score.isFinite)
            #expect(tool.values.values.filter { !$0.isFinite }.isEmpty)
        }
        let text = EvaluationText.render(report)
        #expect(!text.contains("nan") && !text.contains("inf"))
        #expect(EvaluationHTML.render(report).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func largestTeamGetsReadableReasons() throws {
        let report = try Self.report(team: "largest-team")
        #expect(report.ranking.isEmpty)
        #expect(report.excluded.map { "\($0.tool): \($0.reasons.map(EvaluationWording.exclusion).joined(separator: "; "))" } == [
            "edge-crm: Free allows at most 1000000 seats; the team needs 19683000000; allows at most 10000000 seats; the team needs 19683000000 within 10 years",
            "tiny-crm: year 1 costs 12,960,216,000,000 USD (Unlimited), over the budget of 10,000,000,000 USD a year",
        ])
    }
}
