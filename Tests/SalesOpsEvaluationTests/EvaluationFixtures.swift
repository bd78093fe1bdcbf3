import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsEvaluation
import SalesOpsPlugins
import Testing

/// The fixture catalog, the built-in registry and helpers shared by the evaluation tests.
enum EvaluationFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(iso: "2026-06-01")!

    static func catalog() throws -> Catalog {
        let result = CatalogLoader().load(folder.appendingPathComponent("catalog").path)
        guard result.errors.isEmpty else {
            throw FixtureError(description: result.errors.map(\.description).joined(separator: "\n"))
        }
        return result.catalog
    }

    static func registry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        try BuiltInCriteria.register(into: &registry)
        return registry
    }

    /// An evaluation over `tools` for `team` with the given criteria (direct weights).
    static func evaluation(
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

    static func run(_ evaluation: Evaluation, nonPositive: NonPositivePolicy? = nil) throws -> EvaluationReport {
        try EvaluationEngine(registry: registry()).run(evaluation, catalog: catalog(), options: .init(nonPositive: nonPositive, today: today))
    }

    /// Candidates as the engine builds them, for calling one criterion directly.
    static func candidates(_ names: [String], team: String) throws -> (candidates: [Candidate], context: CriterionContext) {
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

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }
}
