import Foundation
import SalesOpsBasics
import SalesOpsDecision
import SalesOpsPlugins

/// The evaluation's hot paths: one method over a large matrix, Monte Carlo rank acceptability,
/// and one batched plugin criterion call.
enum EvaluationWorkload {
    static func run(_ runner: BenchRunner) throws {
        let large = try DecisionProblem.synthetic(alternatives: 10_000, criteria: 30, seed: 1)
        print("decision: 10,000 candidates × 30 criteria")
        for method in [DecisionMethod.topsis, .wsm, .wpm, .vikor] {
            _ = try runner.measure("  \(method.displayName)") {
                _ = try large.evaluate(method: method)
            }
        }
        let medium = try DecisionProblem.synthetic(alternatives: 1_000, criteria: 30, seed: 2)
        print("decision: 1,000 candidates × 30 criteria, 10,000 Monte Carlo weight samples (all cores)")
        _ = try runner.measure("  TOPSIS rank acceptability") {
            _ = try medium.rankAcceptability(method: .topsis, samples: 10_000, seed: 42)
        }
    }

    /// One call of the C plugin's `data-residency-fit` over 10,000 candidate tools.
    static func runPlugin(_ runner: BenchRunner) throws {
        guard let folder = PluginSearchPath.runningExecutableFolder else { return }
        var registry = PluginRegistry()
        let report = PluginLoader(searchPath: .standard(environment: nil, executableFolder: folder)).load(into: &registry)
        guard report.failures.isEmpty, registry.contains(.criterion, "data-residency-fit") else {
            print("plugin: skipped, the bundled plugins are not beside salesops-bench (build them: swift build -c release)")
            return
        }
        let regions: [JSONValue] = ["us", "eu", "uk", "ca"]
        let candidates: [JSONValue] = (0..<10_000).map { index in
            [
                "apiVersion": "salesops/v1", "kind": "Tool",
                "metadata": ["name": .string("tool-\(index)"), "title": .string("Tool \(index)")],
                "spec": [
                    "category": "crm", "vendor": "Vendor",
                    "dataResidency": .array(Array(regions.prefix(index % 4 + 1))),
                    "integrations": ["slack", "google-workspace", "microsoft-365"],
                    "compliance": ["soc2", "gdpr"],
                ],
            ]
        }
        let request = CriterionRequest(params: [:], team: ["spec": ["dataResidency": "eu", "seats": 40]], candidates: candidates)
        let scorer = try registry.criterion("data-residency-fit")
        print("plugin: one batched C-plugin criterion call over 10,000 candidates")
        _ = try runner.measure("  data-residency-fit", amount: 10_000, unit: "candidates") {
            let scores = try scorer.score(request)
            precondition(scores.count == 10_000)
        }
    }
}
