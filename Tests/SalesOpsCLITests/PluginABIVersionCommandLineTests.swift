import Foundation
import Testing

/// Plugin ABI version 2 end to end with the fixture plugin abi2_plugin.c, built as a real `.so`
/// and loaded with --plugins (so isolated): criteria receive the evaluation's context and
/// declare their direction and range; verifiers may leave an attempt pending until a later one
/// resolves it; a track kind's default verifier decides a step that names none.
@Suite struct PluginABIVersionCommandLineTests {
    static let fixtures = "Tests/SalesOpsCLITests/Fixtures/plugin-abi2"

    /// A plugin folder holding the fixture plugin.
    static func pluginFolder() throws -> String {
        let folder = try PluginCommandLineTests.pluginFolder()
        let source = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsPluginHostTests/Fixtures/abi2_plugin.c").path
        let headers = CommandLineTests.packageRoot.appendingPathComponent("Sources/CSalesOpsPluginABI/include").path
        let compile = Process()
        compile.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compile.arguments = ["cc", "-shared", "-fPIC", "-I", headers, "-o", folder + "/libabi2.so", source]
        try compile.run()
        compile.waitUntilExit()
        #expect(compile.terminationStatus == 0)
        return folder
    }

    /// A scratch copy of the valid catalog whose probe writes the request it receives to `dump`.
    static func catalog(dumpingTo dump: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-abi2-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(fixtures + "/valid/catalog.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "dump: DUMP", with: "dump: \"\(dump)\"")
            .write(toFile: folder + "/catalog.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aCriterionReceivesTheEvaluationsContextAndItsDeclaredDirectionCounts() throws {
        let plugins = try Self.pluginFolder()
        let dump = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-probe-\(UUID().uuidString).json").path
        let catalog = try Self.catalog(dumpingTo: dump)
        defer {
            try? FileManager.default.removeItem(atPath: catalog)
            try? FileManager.default.removeItem(atPath: dump)
        }
        let arguments = ["--catalog", catalog, "--plugins", plugins, "--no-bundled-plugins", "--today", "2026-06-01", "--format", "json"]
        let result = try CommandLineTests.salesops(["evaluate", "probed-crm"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")

        // What crossed to the plugin: today, each candidate's tier and cost over the team's two
        // years in its currency (alpha's USD at the evaluation's 1.25 USD per EUR), the rates.
        let request = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dump))) as? [String: Any])
        #expect(request["today"] as? String == "2026-06-01")
        let costs = try #require(request["costs"] as? [[String: Any]])
        #expect(costs.map { $0["tier"] as? String } == ["Team", "Starter"])
        #expect(costs.map { $0["currency"] as? String } == ["EUR", "EUR"])
        #expect(costs.map { $0["horizonYears"] as? Int } == [2, 2])
        #expect(costs.map { $0["total"] as? Double } == [2880, 2400])
        #expect(request["exchangeRates"] as? [String: Double] == ["USD": 1, "EUR": 1.25, "GBP": 1.27])

        // The manifest says cost: the lower score (alpha's 4) wins.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ranking = try #require(report["ranking"] as? [[String: Any]])
        #expect(ranking.compactMap { $0["tool"] as? String } == ["alpha-crm", "beta-crm"])
        let criteria = try #require(report["criteria"] as? [[String: Any]])
        #expect(criteria.first?["direction"] as? String == "cost")

        // The evaluation's own direction still wins over the manifest's.
        let benefit = try CommandLineTests.salesops(["evaluate", "probed-crm-as-benefit"] + arguments)
        #expect(benefit.status == 0, "\(benefit.stderr)")
        let flipped = try #require(try JSONSerialization.jsonObject(with: Data(benefit.stdout.utf8)) as? [String: Any])
        #expect((flipped["ranking"] as? [[String: Any]])?.compactMap { $0["tool"] as? String } == ["beta-crm", "alpha-crm"])
    }

    @Test func aScoreOutsideTheDeclaredRangeIsRefusedNamingPluginAndCandidate() throws {
        let plugins = try Self.pluginFolder()
        let result = try CommandLineTests.salesops(["evaluate", "probed-out-of-range", "--catalog", Self.fixtures + "/valid",
                                                    "--plugins", plugins, "--no-bundled-plugins", "--today", "2026-06-01"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").filter { !$0.hasPrefix("salesops: warning: ") } == [
            "salesops: evaluation `probed-out-of-range`, criterion `probe`: plugin `fixture-abi2` gave 11 for `beta-crm`, outside the range 0…10 its manifest declares; fix the plugin, or ask its author",
        ], "\(result.stderr)")
    }

    /// The step names no verifier: the track kind's default, review-board, decides. It leaves the
    /// first attempt pending; status shows why; the reviewer's sign-off is the next attempt, which
    /// the verifier sees after the pending one and passes, although maxAttempts is 1.
    @Test func aPendingAttemptIsRecordedShownAndResolvedByTheNextOne() throws {
        let plugins = try Self.pluginFolder()
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-abi2-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let common = ["--catalog", Self.fixtures + "/valid", "--store", store, "--plugins", plugins, "--no-bundled-plugins"]
        let enrolled = try CommandLineTests.salesops(["onboard", "enroll", "ana", "--track", "board-track", "--start", "2026-03-02",
                                                      "--manager", "lee", "--today", "2026-03-02"] + common)
        #expect(enrolled.status == 0, "\(enrolled.stderr)")

        let attempt = try CommandLineTests.salesops(["onboard", "attempt", "ana", "board-review", "--evidence-item", "kind=deck;title=Q3 plan",
                                                     "--today", "2026-03-04", "--as", "ana"] + common)
        #expect(attempt.status == 0, "\(attempt.stderr)")
        #expect(attempt.stdout == "ana · board-review: attempt 1 on 2026-03-04 pending (waiting for the review board)\n")

        let status = try CommandLineTests.salesops(["onboard", "status", "ana", "--today", "2026-03-05"] + common)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("attempt 1 pending: waiting for the review board"), "\(status.stdout)")

        let signed = try CommandLineTests.salesops(["onboard", "signoff", "ana", "board-review", "--by", "lee",
                                                    "--today", "2026-03-06"] + common)
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout == "ana · board-review: attempt 2 on 2026-03-06 passed (the review board approved)\n")

        let history = try CommandLineTests.salesops(["onboard", "history", "ana", "--format", "json"] + common)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("pending"), "\(history.stdout)")
    }

    @Test func validateReportsADefaultVerifierNothingProvides() throws {
        let plugins = try Self.pluginFolder()
        let result = try CommandLineTests.salesops(["catalog", "validate", Self.fixtures + "/broken", "--plugins", plugins, "--no-bundled-plugins"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(Self.fixtures + "/broken/catalog.yaml:18:22: spec.steps[0].certification: the track kind `unreviewed` names `missing-board` as its default verifier, but no verifier `missing-board` is loaded; name a verifier here with `verifier:`, or fix the track kind's defaultVerifiers"),
                "\(result.stderr)")
        let valid = try CommandLineTests.salesops(["catalog", "validate", Self.fixtures + "/valid", "--plugins", plugins, "--no-bundled-plugins"])
        #expect(valid.status == 0, "\(valid.stderr)")
    }
}
