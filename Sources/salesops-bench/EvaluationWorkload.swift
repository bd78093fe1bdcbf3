import Foundation
import SalesOpsBasics
import SalesOpsDecision
import SalesOpsPluginHost

/// The evaluation's hot paths: one method over a large matrix, Monte Carlo rank acceptability,
/// and one batched plugin criterion call.
enum EvaluationWorkload {
    static func run(_ runner: BenchRunner, scale: BenchScale) throws {
        let alternatives = scale.count(10_000)
        let large = try DecisionProblem.synthetic(alternatives: alternatives, criteria: 30, seed: 1)
        print("decision: \(alternatives) candidates × 30 criteria")
        for method in DecisionMethod.allDefaults {
            _ = try runner.measure("  \(method.displayName)") {
                _ = try large.evaluate(method: method)
            }
        }
        print("decision: weight sensitivity, \(alternatives) candidates × 30 criteria (criteria on all cores)")
        for method in DecisionMethod.allDefaults {
            _ = try runner.measure("  \(method.displayName) exact thresholds") {
                _ = try large.weightSensitivity(method: method)
            }
        }
        let medium = try DecisionProblem.synthetic(alternatives: scale.count(1_000), criteria: 30, seed: 2)
        let samples = scale.count(10_000)
        print("decision: \(medium.matrix.alternatives) candidates × 30 criteria, \(samples) Monte Carlo weight samples (all cores)")
        _ = try runner.measure("  TOPSIS rank acceptability, first \(RankAcceptability.defaultRanks) ranks") {
            _ = try medium.rankAcceptability(method: .topsis, samples: samples, seed: 42, maxRank: RankAcceptability.defaultRanks)
        }
        _ = try runner.measure("  TOPSIS rank acceptability, every rank") {
            _ = try medium.rankAcceptability(method: .topsis, samples: samples, seed: 42)
        }
    }

    /// One call of the C plugin's `data-residency-fit` over 10,000 candidate tools.
    static func runPlugin(_ runner: BenchRunner, scale: BenchScale) throws {
        // The bundled plugins are built beside salesops-bench; SALESOPS_PLUGIN_PATH may add folders.
        var registry = PluginRegistry()
        let searchPath = PluginSearchPath.standard()
        let report = PluginLoader(searchPath: searchPath).load(into: &registry)
        guard registry.contains(.criterion, "data-residency-fit") else {
            let folders = searchPath.folders.map(\.path).joined(separator: ", ")
            var message = "plugin: skipped, no `data-residency-fit` criterion in \(folders.isEmpty ? "any plugin folder" : folders); build the bundled plugins first (swift build -c release)"
            for failure in report.failures { message += "\n  \(failure)" }
            print(message)
            return
        }
        let count = scale.count(10_000)
        let regions: [JSONValue] = ["us", "eu", "uk", "ca"]
        let candidates: [JSONValue] = (0..<count).map { index in
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
        print("plugin: one batched C-plugin criterion call over \(count) candidates")
        _ = try runner.measure("  data-residency-fit", amount: Double(count), unit: "candidates") {
            let scores = try scorer.score(request)
            precondition(scores.count == count)
        }
        // The same call through an isolated plugin: the helper process and its socket.
        var isolatedRegistry = PluginRegistry()
        _ = PluginLoader(searchPath: searchPath, isolation: IsolationPolicy(isolateAll: true)).load(into: &isolatedRegistry)
        guard isolatedRegistry.plugin("residency-fit")?.isolation == .process else {
            print("  isolated: skipped, salesops-plugin-runner is not beside salesops-bench (swift build -c release)")
            return
        }
        let isolated = try isolatedRegistry.criterion("data-residency-fit")
        _ = try runner.measure("  data-residency-fit, isolated in a helper process", amount: Double(count), unit: "candidates") {
            let scores = try isolated.score(request)
            precondition(scores.count == count)
        }
    }
}
