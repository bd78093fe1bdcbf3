import Foundation
import Testing

/// `salesops-bench` as built by `swift build`: every workload runs at its tiny size. Timings are
/// printed, never checked.
@Suite("salesops-bench smoke run")
struct BenchSmokeTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        // Beside the test binary, as SwiftPM builds it (.build/debug).
        let folder = Bundle.main.executableURL?.deletingLastPathComponent().path ?? packageRoot.appendingPathComponent(".build/debug").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folder + "/salesops-bench")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SALESOPS_PLUGIN_PATH"] = nil
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("every workload runs at a tiny size and reports each measurement")
    func everyWorkload() throws {
        let (status, output) = try Self.run(["--tiny", "--runs", "1"])
        #expect(status == 0, "\(output)")
        // The measurement names, without the figures.
        let names = output.split(separator: "\n").map { line in
            line.hasPrefix("  ") ? String(line.prefix { $0 != ":" }) : String(line)
        }
        #expect(names == [
            "catalog: 100 Tool documents in 2 files, 0.21 MB",
            "  libyaml parse to node tree (1 core)",
            "  load into typed values (files on all cores)",
            "decision: 100 candidates × 30 criteria",
            "  WSM", "  WPM", "  TOPSIS", "  VIKOR",
            "decision: weight sensitivity, 100 candidates × 30 criteria (criteria on all cores)",
            "  WSM exact thresholds", "  WPM exact thresholds", "  TOPSIS exact thresholds", "  VIKOR exact thresholds",
            "decision: 10 candidates × 30 criteria, 100 Monte Carlo weight samples (all cores)",
            "  TOPSIS rank acceptability, first 3 ranks",
            "  TOPSIS rank acceptability, every rank",
            "plugin: one batched C-plugin criterion call over 100 candidates",
            "  data-residency-fit",
            "  data-residency-fit, isolated in a helper process",
            "onboarding: ingest 10000 events (250 enrolments × 40) into SQLite, 50,000 per transaction",
            "  append events (prepared statements, WAL, idempotency keys)",
            "  read 10000 events back and derive 250 statuses",
            "onboarding: status of 1000 enrolments × 40 steps (20500 events in memory)",
            "  derive every step's status, progress, health",
            "  rollups by manager, track and cohort",
            "onboarding: import hires (CSV parse, per-row store look-ups and rules, one transaction)",
            "  import 10 hires into an empty store",
            "  import 10 hires into a store with 1000 enrolments",
            "  import 1000 hires into an empty store",
            "  build an ISO8601DateFormatter and format now, 1000 times",
            "onboarding: 100 Markdown checklists of 40 items",
            "  build and render Markdown",
        ], "\(output)")
    }

    @Test("--help prints the usage; an unknown workload is an error that names the known ones")
    func help() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("salesops-bench: release-build measurements"))
        #expect(help.output.contains("Usage: salesops-bench [WORKLOAD…] [--runs N] [--tiny]"))
        let unknown = try Self.run(["catalgo"])
        #expect(unknown.status == 2)
        #expect(unknown.output == "salesops-bench: unknown workload `catalgo`; expected one of catalog, decision, plugin, onboarding (see --help)\n")
    }
}
