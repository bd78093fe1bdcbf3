import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// The shipped catalog's three example teams get different winners, as the README explains.
@Suite struct ShippedCatalogTests {
    static func run(_ name: String) throws -> EvaluationReport {
        try EvaluationFixtures.shippedEvaluation(name)
    }

    @Test func threeTeamsThreeWinners() throws {
        let startup = try Self.run("startup-outbound-crm")
        let midmarket = try Self.run("midmarket-inbound-crm")
        let enterprise = try Self.run("enterprise-eu-crm")
        #expect(startup.ranking.first?.tool == "apollo-io")
        #expect(midmarket.ranking.first?.tool == "hubspot-sales-hub")
        #expect(enterprise.ranking.first?.tool == "microsoft-dynamics-365-sales")
        #expect(enterprise.criteria.first { $0.use == "data-residency-fit" }?.plugin?.contains("residency-fit") == true)
    }
}
