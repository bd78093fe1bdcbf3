import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// Every built-in criterion on the fixture tools, each value worked out by hand.
@Suite struct CriteriaTests {
    func values(_ id: String, _ tools: [String], team: String = "small", params: [String: JSONValue] = [:]) throws -> [Double?] {
        let (candidates, context) = try EvaluationFixtures.candidates(tools, team: team)
        let criterion = try #require(BuiltInCriteria.all.first { $0.id == id })
        var withParams = context
        withParams.params = params
        return try criterion.values(candidates, context: withParams)
    }

    @Test func everyBuiltInIsRegistered() throws {
        let registry = try EvaluationFixtures.registry()
        #expect(Set(registry.ids(of: .criterion)) == [
            "feature-coverage", "total-cost", "budget-fit", "integration-fit", "adoption-risk", "compliance",
            "scalability", "rating", "attribute",
        ])
    }

    @Test func featureCoverage() throws {
        // Nice-to-haves are dialer and sso: Alpha's chosen tier (Basic) has neither, Beta has the dialer.
        #expect(try values("feature-coverage", ["alpha", "beta", "gamma"]) == [0, 0.5, 1])
    }

    @Test func totalCost() throws {
        let costs = try values("total-cost", ["alpha", "gamma"])
        #expect(costs == [1570, 4320])
        #expect(try values("total-cost", ["gamma"], params: ["estimate": "high"]) == [5400])
        #expect(throws: CriterionParameterError.self) { try values("total-cost", ["gamma"], params: ["estimate": "worst"]) }
    }

    @Test func budgetFit() throws {
        // 1 − 785 / 1000.
        let fit = try values("budget-fit", ["alpha"])
        #expect(abs(fit[0]! - 0.215) < 1e-12)
        #expect(try values("budget-fit", ["alpha"], team: "strict") == [nil], "no budget, no value")
    }

    @Test func integrationFit() throws {
        #expect(try values("integration-fit", ["alpha", "beta", "gamma"]) == [1, 1, 0])
        #expect(try values("integration-fit", ["gamma"], team: "strict") == [1], "no stack: everything fits")
    }

    @Test func adoptionRisk() throws {
        // Alpha: (3 − 1) + 2/2 + 6/12; Beta: 0 + 1/2 + 3/12; Gamma has no adoption data.
        #expect(try values("adoption-risk", ["alpha", "beta", "gamma"]) == [3.5, 0.75, nil])
    }

    @Test func compliance() throws {
        let total = Double(ComplianceStandard.allCases.count)
        #expect(try values("compliance", ["alpha", "beta", "delta"]) == [2 / total, 1 / total, 0])
    }

    @Test func scalability() throws {
        // Peak 6 seats: Alpha min(60/6, 6000/(6 × 1000)) = 1; Gamma 5/6 (seats only); Beta none.
        let values = try values("scalability", ["alpha", "beta", "gamma"])
        #expect(values[0] == 1)
        #expect(values[1] == nil)
        #expect(abs(values[2]! - 5.0 / 6) < 1e-12)
        #expect(try self.values("scalability", ["alpha"], params: ["apiCallsPerSeat": 100]) == [10], "capped at 10")
    }

    @Test func rating() throws {
        // G2 4.0 from today (weight 100); Capterra 5.0 from a year ago (weight 100 × 0.7^(365/365.25)).
        let older = 100 * pow(0.7, 365 / 365.25)
        let expected = (4 * 100 + 5 * older) / (100 + older)
        let values = try values("rating", ["alpha", "beta"])
        #expect(abs(values[0]! - expected) < 1e-12)
        #expect(values[1] == nil)
    }

    @Test func attribute() throws {
        #expect(try values("attribute", ["alpha", "gamma", "delta"], params: ["path": "spec.attributes.x"]) == [3, 2, 0])
        #expect(try values("attribute", ["gamma"], params: ["path": "spec.attributes.y"]) == [nil])
        #expect(try values("attribute", ["alpha"], params: ["path": "spec.adoption.weeksToLive"]) == [6])
        #expect(throws: CriterionParameterError.self) { try values("attribute", ["alpha"]) }
    }

    @Test func jsonEntryPointMatchesTypedValues() throws {
        let (candidates, context) = try EvaluationFixtures.candidates(["alpha", "beta"], team: "small")
        let criterion = try #require(BuiltInCriteria.all.first { $0.id == "adoption-risk" })
        let team = try #require(try context.team.source?.root.jsonValue())
        let request = CriterionRequest(team: team, candidates: candidates.map(\.json))
        #expect(try criterion.score(request) == [3.5, 0.75])
    }
}
