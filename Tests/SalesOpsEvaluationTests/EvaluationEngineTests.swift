import Foundation
import SalesOpsBasics
@testable import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsEvaluation
import SalesOpsEvaluationReports
import SalesOpsTestSupport
import Testing

/// The pipeline end to end on the fixture catalog: knockouts, missing data, thresholds and every
/// awkward-data case gets a defined answer.
@Suite struct EvaluationEngineTests {
    let x = CriterionUse(use: "attribute", id: "x", params: ["path": "spec.attributes.x"], weight: 1)
    let y = CriterionUse(use: "attribute", id: "y", params: ["path": "spec.attributes.y"], weight: 1)

    @Test func knockoutsNameTheirReasons() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "strict", tools: ["alpha", "beta", "gamma", "delta"], criteria: [x]))
        #expect(report.ranking.map(\.tool) == ["alpha"])
        let reasons = Dictionary(uniqueKeysWithValues: report.excluded.map { ($0.tool, $0.reasons) })
        #expect(reasons["beta"] == [
            .missingMustHaves(closestTier: "Only", lacks: ["sso"]),
            .compliance(missing: [.gdpr]),
            .dataResidency(required: .eu, offered: [.us]),
        ])
        #expect(reasons["gamma"] == [.maxSeats(limit: 5, needed: 10, horizonYears: 1)])
        #expect(reasons["delta"] == [
            .missingMustHaves(closestTier: "Solo", lacks: ["pipeline", "sso"]),
            .compliance(missing: [.gdpr]),
            .dataResidency(required: .eu, offered: []),
        ])
        #expect(reasons["delta"]?.map(EvaluationWording.exclusion) == [
            "no tier has every must-have; the closest, Solo, lacks pipeline, sso",
            "no gdpr attestation recorded",
            "cannot keep data in eu (no data residency recorded)",
        ])
        #expect(report.ranking[0].tier == "Plus", "the cheapest tier with sso")
    }

    @Test func budgetCeiling() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "gamma"], criteria: [x]))
        let gamma = try #require(report.excluded.first { $0.tool == "gamma" })
        #expect(gamma.reasons.contains(.maxSeats(limit: 5, needed: 6, horizonYears: 2)))
        #expect(gamma.reasons.contains(.overBudget(year: 1, tier: "Enterprise", cost: 1080, budget: 1000, currency: .USD)))
    }

    @Test func overBudgetInAnyYearNotOnlyOnAverage() throws {
        // Alpha costs 750 then 820 (average 785) against a budget of 800: year 2 is over.
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "lean", tools: ["alpha", "beta"], criteria: [x]))
        #expect(report.ranking.map(\.tool) == ["beta"])
        let alpha = try #require(report.excluded.first { $0.tool == "alpha" })
        #expect(alpha.reasons == [.overBudget(year: 2, tier: "Basic", cost: 820, budget: 800, currency: .USD)])
        #expect(alpha.reasons.map(EvaluationWording.exclusion) == ["year 2 costs 820 USD (Basic), over the budget of 800 USD a year"])
    }

    @Test func constantCriterionDropsOut() throws {
        // Both tools integrate with the whole stack: integration-fit carries no information.
        let fit = CriterionUse(use: "integration-fit", weight: 1)
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [x, fit]))
        let summary = try #require(report.criteria.first { $0.id == "integration-fit" })
        #expect(summary.dropped == .constant)
        #expect(summary.weight == 0)
        #expect(report.criteria.first { $0.id == "x" }?.weight == 1)
        #expect(report.warnings.contains(.constantCriterion(criterion: "integration-fit")))
        #expect(report.ranking.allSatisfy { $0.score.isFinite })
    }

    @Test func oneCandidate() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "small", tools: ["alpha"], method: .topsis, criteria: [x, y]))
        #expect(report.ranking.map(\.rank) == [1])
        #expect(report.ranking[0].score.isFinite)
        #expect(report.margin?.onlyCandidate == true)
        #expect(EvaluationWording.margin(report) == "alpha is the only candidate left")
        #expect(EvaluationWording.recommendation(report) == ["Recommended: alpha.", "It is the only tool left after the knockouts."])
        #expect(report.sensitivity?.weights.isEmpty == true)
    }

    @Test func everyCandidateKnockedOut() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "strict", tools: ["beta", "delta"], criteria: [x]))
        #expect(report.ranking.isEmpty)
        #expect(report.excluded.count == 2)
        #expect(report.warnings.last == .everyCandidateExcluded)
        #expect(report.recommendation == nil)
    }

    @Test(arguments: [MissingDataPolicy.worst, .exclude, .error])
    func missingDataPolicy(_ policy: MissingDataPolicy) throws {
        // Gamma has no `y`; the team `strict` has no budget, so gamma only fails on seats: use alpha and beta vs y of delta.
        let evaluation = EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [
            x, CriterionUse(use: "scalability", weight: 1),
        ]) { $0.missingData = policy }
        switch policy {
        case .worst:
            let report = try EvaluationFixtures.run(evaluation)
            let beta = try #require(report.ranking.first { $0.tool == "beta" })
            #expect(beta.values["scalability"] == 1, "the worst value among the others (Alpha's 1)")
            #expect(beta.filled == ["scalability"])
        case .exclude:
            let report = try EvaluationFixtures.run(evaluation)
            #expect(report.ranking.map(\.tool) == ["alpha"])
            #expect(report.excluded.first { $0.tool == "beta" }?.reasons == [.noData(criterion: "scalability")])
        case .error:
            #expect {
                try EvaluationFixtures.run(evaluation)
            } throws: { error in
                "\(error)".contains("`beta` has no data for criterion `scalability`")
            }
        }
    }

    @Test func criterionWithoutAnyDataCarriesNoWeight() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["beta"], criteria: [x, CriterionUse(use: "rating", weight: 1)]))
        #expect(report.criteria.first { $0.id == "rating" }?.dropped == .noData)
        #expect(report.ranking.count == 1)
    }

    @Test func nonPositiveValuesNameToolAndCriterion() throws {
        // WPM needs positive values; Delta's x is 0 (delta passes the `strict`-free team `small`? no: use x only with alpha, beta and a zero).
        let zero = CriterionUse(use: "feature-coverage", weight: 1)
        let evaluation = EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], method: .wpm, normalization: nil, criteria: [x, zero])
        #expect {
            try EvaluationFixtures.run(evaluation)
        } throws: { error in
            "\(error)".contains("`alpha` has 0 for `feature-coverage`") && "\(error)".contains("nonPositive: shift")
        }
        var shifted = evaluation
        shifted.spec.nonPositive = .shiftToOne
        let report = try EvaluationFixtures.run(shifted)
        #expect(report.ranking.count == 2)
        #expect(report.warnings.contains(.shifted(criterion: "feature-coverage", by: 1)))
        // --non-positive shift overrides the evaluation's `error`.
        let overridden = try EvaluationFixtures.run(evaluation, nonPositive: .shiftToOne)
        #expect(overridden.nonPositive == .shiftToOne)
        #expect(overridden.warnings.contains(.shifted(criterion: "feature-coverage", by: 1)))
    }

    @Test func thresholdsAreKnockouts() throws {
        var cost = CriterionUse(use: "total-cost", weight: 1)
        cost.threshold = Threshold(min: nil, max: 1500)
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [x, cost]))
        #expect(report.ranking.map(\.tool) == ["beta"])
        #expect(report.excluded.first { $0.tool == "alpha" }?.reasons == [.aboveMaximum(criterion: "total-cost", value: 1570, maximum: 1500)])
    }

    @Test func unknownCriterionIsAClearError() throws {
        let evaluation = EvaluationFixtures.evaluation(team: "small", tools: ["alpha"], criteria: [CriterionUse(use: "total-costs", weight: 1)])
        #expect {
            try EvaluationFixtures.run(evaluation)
        } throws: { error in
            "\(error)".contains("total-costs") && "\(error)".contains("total-cost")
        }
    }

    @Test func staleDataIsFlagged() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [x]))
        let stale = report.warnings.filter {
            if case .stalePrice = $0 { return true } else { return false }
        }
        #expect(stale.count == 1)
        #expect(stale.first.map(EvaluationWording.warning)?.hasPrefix("beta: prices are 882 days old (asOf 2024-01-01") == true)
        #expect(!report.warnings.contains { if case .staleRating = $0 { return true } else { return false } }, "365 days is not older than 365")
        #expect(report.ranking.first { $0.tool == "beta" }?.cost?.caveats.contains(.stalePrice(asOf: CalendarDate(iso: "2024-01-01")!, days: 882)) == true)
    }

    @Test(arguments: [DecisionMethod.wsm, .wpm, .topsis, .vikor])
    func everyMethodRanksWithoutNaN(_ method: DecisionMethod) throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], method: method, normalization: nil,
            criteria: [x, y, CriterionUse(use: "adoption-risk", weight: 1)]))
        #expect(report.ranking.count == 2)
        #expect(report.ranking.allSatisfy { $0.score.isFinite && $0.contributions.values.allSatisfy(\.isFinite) })
        #expect(report.sensitivity?.rankAcceptability?.tools.allSatisfy { abs($0.ranks.reduce(0, +) - 1) < 1e-9 } == true)
    }

    @Test func wsmContributionsSumToTheScore() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], criteria: [x, y, CriterionUse(use: "adoption-risk", weight: 2)]))
        for tool in report.ranking {
            #expect(abs(tool.contributions.values.reduce(0, +) - tool.score) < 1e-12)
        }
    }

    @Test func jsonFollowsTheContract() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "strict", tools: ["alpha", "beta"], criteria: [x]))
        let json = try JSONValueEncoder().encode(report)
        #expect(json["method"] == "wsm")
        #expect(json["ranking"]?.arrayValue?.first?["tool"] == "alpha")
        #expect(json["ranking"]?.arrayValue?.first?["rank"] == 1)
        #expect(json["ranking"]?.arrayValue?.first?["score"]?.doubleValue != nil)
        #expect(json["ranking"]?.arrayValue?.first?["contributions"]?["x"] != nil)
        #expect(json["excluded"]?.arrayValue?.first?["tool"] == "beta")
        #expect(json["excluded"]?.arrayValue?.first?["reasons"]?.arrayValue?.count == 3)
        #expect(json["sensitivity"]?["rankAcceptability"] != nil)
    }
}
