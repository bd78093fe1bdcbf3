import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsTestSupport
import Testing

/// Sensitivity on a case worked out by hand.
///
/// Two tools, two benefit criteria, min-max normalised WSM. Alpha has x = 3, y = 1 and Beta
/// x = 1, y = 2, so normalised Alpha is (1, 0) and Beta (0, 1). With weights (0.6, 0.4) Alpha
/// scores 0.6 and Beta 0.4. Moving the weight of x to w (y gets 1 − w) gives Alpha w and Beta
/// 1 − w: the winner changes at w = 0.5, a change of −0.1. Likewise y flips at 0.5, +0.1.
@Suite struct SensitivityTests {
    @Test func weightChangeThatFlipsTheWinner() throws {
        let catalog = try EvaluationFixtures.catalog()
        let evaluation = try #require(catalog.evaluation(named: "hand-worked"))
        let report = try EvaluationEngine(registry: EvaluationFixtures.registry())
            .run(evaluation, catalog: catalog, options: .init(today: EvaluationFixtures.today))
        #expect(report.ranking.map(\.tool) == ["alpha", "beta"])
        #expect(abs(report.ranking[0].score - 0.6) < 1e-12)
        #expect(abs(report.ranking[1].score - 0.4) < 1e-12)
        let changes = try #require(report.sensitivity?.weights)
        let x = try #require(changes.first { $0.criterion == "x" })
        #expect(abs(x.flipsAt! - 0.5) < 1e-9)
        #expect(abs(x.change! + 0.1) < 1e-9)
        #expect(x.newWinner == "beta")
        let y = try #require(changes.first { $0.criterion == "y" })
        #expect(abs(y.flipsAt! - 0.5) < 1e-9)
        #expect(abs(y.change! - 0.1) < 1e-9)
        #expect(report.margin?.clearWinner == true)
    }

    @Test func rankAcceptabilityIsSeededAndSumsToOne() throws {
        let catalog = try EvaluationFixtures.catalog()
        let evaluation = try #require(catalog.evaluation(named: "hand-worked"))
        let engine = try EvaluationEngine(registry: EvaluationFixtures.registry())
        let first = try engine.run(evaluation, catalog: catalog, options: .init(today: EvaluationFixtures.today))
        let again = try engine.run(evaluation, catalog: catalog, options: .init(today: EvaluationFixtures.today))
        let other = try engine.run(evaluation, catalog: catalog, options: .init(seed: 99, today: EvaluationFixtures.today))
        let shares = try #require(first.sensitivity?.rankAcceptability)
        #expect(shares == again.sensitivity?.rankAcceptability)
        #expect(shares.samples == 500)
        #expect(shares.seed == 3)
        #expect(other.sensitivity?.rankAcceptability?.seed == 99)
        // Uniform weights on the simplex: each tool wins when its criterion weighs more, half the time.
        for tool in shares.tools {
            #expect(abs(tool.ranks.reduce(0, +) - 1) < 1e-12)
            #expect(abs(tool.ranks[0] - 0.5) < 0.08)
        }
    }
}
