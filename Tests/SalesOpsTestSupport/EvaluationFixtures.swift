import Foundation
import SalesOpsBasics
@testable import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsEvaluation
import SalesOpsPluginHost
import Testing

/// The fixture catalog, the built-in registry and helpers shared by the evaluation tests.
package enum EvaluationFixtures {
    package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The evaluation fixtures (a small catalog), shared by the evaluation and report tests.
    package static let folder = packageRoot.appendingPathComponent("Tests/SalesOpsEvaluationTests/Fixtures")
    package static let today = CalendarDate(iso: "2026-06-01")!

    package static func catalog() throws -> Catalog {
        let result = CatalogLoader().load(folder.appendingPathComponent("catalog").path)
        guard result.errors.isEmpty else {
            throw FixtureError(description: result.errors.map(\.description).joined(separator: "\n"))
        }
        return result.catalog
    }

    package static func registry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        try BuiltInCriteria.register(into: &registry)
        return registry
    }

    /// An evaluation over `tools` for `team` with the given criteria (direct weights).
    package static func evaluation(
        team: String, tools: [String], method: DecisionMethod = .wsm,
        normalization: Normalization? = .minMax, criteria: [CriterionUse],
        configure: (inout EvaluationSpec) -> Void = { _ in }
    ) -> Evaluation {
        var spec = EvaluationSpec(team: team, candidates: Candidates(tools: tools, categories: nil), method: method, criteria: criteria)
        spec.normalization = normalization
        spec.sensitivity = SensitivitySettings(samples: 200, seed: 1, spread: nil)
        configure(&spec)
        return Evaluation(kind: "Evaluation", metadata: Metadata(name: "test"), spec: spec)
    }

    package static func run(_ evaluation: Evaluation, nonPositive: NonPositivePolicy? = nil) throws -> EvaluationReport {
        try EvaluationEngine(registry: registry()).run(evaluation, catalog: catalog(), options: .init(nonPositive: nonPositive, today: today))
    }

    /// Candidates as the engine builds them, for calling one criterion directly.
    package static func candidates(_ names: [String], team: String) throws -> (candidates: [Candidate], context: CriterionContext) {
        let catalog = try catalog()
        let team = try #require(catalog.team(named: team))
        let candidates = try names.map { name in
            let tool = try #require(catalog.tool(named: name))
            return Candidate(
                tool: tool, cost: .compute(tool: tool, team: team.spec, rates: .standard),
                json: try #require(try tool.source?.root.jsonValue()))
        }
        return (candidates, CriterionContext(team: team, params: [:], today: today, staleAfterDays: 365))
    }

    /// The shipped catalog's evaluation `name`, run with the built-in criteria and the bundled
    /// plugins at 2026-11-29.
    package static func shippedEvaluation(_ name: String) throws -> EvaluationReport {
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

    package struct FixtureError: Error, CustomStringConvertible {
        package var description: String
    }
}
