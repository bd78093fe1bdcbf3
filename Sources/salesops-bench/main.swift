import Foundation
import SalesOpsCatalog
import SalesOpsYAML
import SalesOpsDecision
import SalesOpsPlugins

// salesops-bench [WORKLOAD…] [--runs N]: release-build measurements of the product's hot paths.
// Build and run: swift run -c release salesops-bench

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 7
if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
    runs = value
    arguments.removeSubrange(index...(index + 1))
}
let workloads = ["catalog", "decision", "plugin", "onboarding"]
let selected = arguments.isEmpty ? workloads : arguments
for name in selected where !workloads.contains(name) {
    FileHandle.standardError.write(Data("salesops-bench: unknown workload `\(name)`; expected one of \(workloads.joined(separator: ", "))\n".utf8))
    exit(2)
}
let runner = BenchRunner(runs: runs)
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }

if selected.contains("catalog") {
    let folder = scratch.appendingPathComponent("catalog")
    let bytes = try CatalogWorkload.generate(tools: 10_000, files: 100, into: folder)
    let megabytes = Double(bytes) / 1_000_000
    print("catalog: 10,000 Tool documents in 100 files, \(BenchRunner.format(megabytes)) MB")
    let files = try CatalogLoader.catalogFiles(in: folder.path)
    let contents = try files.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
    _ = runner.measure("  libyaml parse to node tree (1 core)", amount: megabytes, unit: "MB") {
        for (file, bytes) in zip(files, contents) {
            _ = try? YAMLParser().parse(bytes, file: file)
        }
    }
    _ = runner.measure("  load into typed values (files on all cores)", amount: megabytes, unit: "MB") {
        let result = CatalogLoader().load(folder.path)
        precondition(result.errors.isEmpty && result.catalog.tools.count == 10_000, "\(result.errors.prefix(3))")
    }
}

if selected.contains("decision") {
    try EvaluationWorkload.run(runner)
}

if selected.contains("plugin") {
    try EvaluationWorkload.runPlugin(runner)
}

if selected.contains("onboarding") {
    try OnboardingWorkload.run(runner: BenchRunner(runs: min(runs, 3)), scratch: scratch.appendingPathComponent("onboarding"))
}
