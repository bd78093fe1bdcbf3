import Foundation
import SalesOpsCatalog
import SalesOpsYAML
import SalesOpsDecision
import SalesOpsPluginHost

let usage = """
    salesops-bench: release-build measurements of salesops's hot paths, in-process.

    Usage: salesops-bench [WORKLOAD…] [--runs N] [--tiny]

    Workloads (all when none is named):
      catalog      generate 10,000 Tool documents; parse them with libyaml, load them typed
      decision     TOPSIS, WSM, WPM, VIKOR over 10,000 × 30; weight sensitivity; rank
                   acceptability of 1,000 × 30 with 10,000 samples
      plugin       one batched C-plugin criterion call over 10,000 candidates (needs the
                   bundled plugins beside salesops-bench or on SALESOPS_PLUGIN_PATH)
      onboarding   SQLite ingest, status of 100,000 enrolments, importing 1,000 hires into an
                   empty store and into one with 100,000 enrolments, 10,000 checklists

    Options:
      --runs N     runs per measurement (default 7); each line prints the median and spread
      --tiny       every workload at a tiny size: checks they run, measures nothing useful
      -h, --help   this help

    Build and run: swift build -c release && .build/release/salesops-bench
    Whole-process comparisons with the Python peer: bench/compare.sh (see BENCHMARKS.md).

    """

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage, terminator: "")
    exit(0)
}
var runs = 7
if let index = arguments.firstIndex(of: "--runs") {
    guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else {
        FileHandle.standardError.write(Data("salesops-bench: --runs needs a positive whole number, e.g. --runs 3\n".utf8))
        exit(2)
    }
    runs = value
    arguments.removeSubrange(index...(index + 1))
}
let scale: BenchScale = arguments.contains("--tiny") ? .tiny : .full
arguments.removeAll { $0 == "--tiny" }
let workloads = ["catalog", "decision", "plugin", "onboarding"]
let selected = arguments.isEmpty ? workloads : arguments
for name in selected where !workloads.contains(name) {
    FileHandle.standardError.write(Data("salesops-bench: unknown workload `\(name)`; expected one of \(workloads.joined(separator: ", ")) (see --help)\n".utf8))
    exit(2)
}
let runner = BenchRunner(runs: runs)
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }

if selected.contains("catalog") {
    let folder = scratch.appendingPathComponent("catalog")
    let tools = scale.count(10_000), files = scale.count(100)
    let bytes = try CatalogWorkload.generate(tools: tools, files: files, into: folder)
    let megabytes = Double(bytes) / 1_000_000
    print("catalog: \(tools) Tool documents in \(files) files, \(BenchRunner.format(megabytes)) MB")
    let paths = try CatalogLoader.catalogFiles(in: folder.path)
    let contents = try paths.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
    _ = runner.measure("  libyaml parse to node tree (1 core)", amount: megabytes, unit: "MB") {
        for (file, bytes) in zip(paths, contents) {
            _ = try? YAMLParser().parse(bytes, file: file)
        }
    }
    _ = runner.measure("  load into typed values (files on all cores)", amount: megabytes, unit: "MB") {
        let result = CatalogLoader().load(folder.path)
        precondition(result.errors.isEmpty && result.catalog.tools.count == tools, "\(result.errors.prefix(3))")
    }
}

if selected.contains("decision") {
    try EvaluationWorkload.run(runner, scale: scale)
}

if selected.contains("plugin") {
    try EvaluationWorkload.runPlugin(runner, scale: scale)
}

if selected.contains("onboarding") {
    try OnboardingWorkload.run(runner: BenchRunner(runs: min(runs, 3)), scale: scale, scratch: scratch.appendingPathComponent("onboarding"))
}
