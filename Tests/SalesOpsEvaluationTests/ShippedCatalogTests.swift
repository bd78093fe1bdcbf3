import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsPlugins
import Testing

/// The shipped catalog's three example teams get different winners, as the README explains.
@Suite struct ShippedCatalogTests {
    static func run(_ name: String) throws -> EvaluationReport {
        let result = CatalogLoader().load(EvaluationFixtures.packageRoot.appendingPathComponent("catalog").path)
        #expect(result.errors.isEmpty)
        var registry = PluginRegistry()
        try BuiltInCriteria.register(into: &registry)
        // The enterprise evaluation uses the C plugin's data-residency-fit, built beside the test binary.
        let products = PluginSearchPath.runningExecutableFolder ?? EvaluationFixtures.packageRoot.appendingPathComponent(".build/debug").path
        let loaded = PluginLoader(searchPath: .standard(environment: nil, executableFolder: products)).load(into: &registry)
        #expect(loaded.failures.isEmpty, "\(loaded.failures)")
        let evaluation = try #require(result.catalog.evaluation(named: name))
        return try EvaluationEngine(registry: registry).run(evaluation, catalog: result.catalog, options: .init(today: CalendarDate(iso: "2026-11-29")!))
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
