import Foundation
import SalesOpsTestSupport
import Testing

/// The author's guide's Swift verifier, examples/plugins/swift-verifier, built out of tree as
/// an author would (`swift build` in its own package, resolving offline) and used end to end: loaded with --plugins, it decides attempts from their
/// evidence items, including a pending one that the next attempt resolves.
@Suite struct SwiftVerifierExampleTests {
    static let example = "examples/plugins/swift-verifier"

    @Test func theExampleBuildsOutOfTreeAndDecidesFromEvidenceItems() throws {
        let plugins = try OutOfTreeBuild.example("swift-verifier", product: "call-review").folder

        let store = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-calls-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let common = ["--catalog", Self.example + "/catalog", "--store", store, "--plugins", plugins]
        let info = try CommandLineTests.salesops(["plugins", "info", "call-review", "--plugins", plugins])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("ABI version:  2"), "\(info.stdout)")

        let enrolled = try CommandLineTests.salesops(["onboard", "enroll", "ana", "--track", "discovery-calls", "--start", "2026-03-02",
                                                      "--today", "2026-03-02"] + common)
        #expect(enrolled.status == 0, "\(enrolled.stderr)")
        func attempt(_ items: [String], on day: String) throws -> TestProcess.Result {
            try CommandLineTests.salesops(["onboard", "attempt", "ana", "shadow-calls", "--today", day]
                + items.flatMap { ["--evidence-item", $0] } + common)
        }
        let short = try attempt(["kind=call;customer=acme;minutes=35", "kind=call;customer=globex;minutes=8"], on: "2026-03-04")
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout == "ana · shadow-calls: attempt 1 on 2026-03-04 did not pass (1 of 3 calls of 20+ minutes; 2 to go)\n")

        let waiting = try attempt(["kind=call;customer=acme;minutes=35", "kind=call;customer=initech;minutes=25",
                                   "kind=call;customer=umbrella"], on: "2026-03-06")
        #expect(waiting.status == 0, "\(waiting.stderr)")
        #expect(waiting.stdout == "ana · shadow-calls: attempt 2 on 2026-03-06 pending (1 of the calls wait for their recording's length)\n")
        let status = try CommandLineTests.salesops(["onboard", "status", "ana", "--today", "2026-03-06"] + common)
        #expect(status.stdout.contains("attempt 2 pending: 1 of the calls wait for their recording's length"), "\(status.stdout)")

        let decided = try attempt(["kind=call;customer=acme;minutes=35", "kind=call;customer=initech;minutes=25",
                                   "kind=call;customer=umbrella;minutes=41"], on: "2026-03-09")
        #expect(decided.status == 0, "\(decided.stderr)")
        #expect(decided.stdout == "ana · shadow-calls: attempt 3 on 2026-03-09 passed (3 calls of 20+ minutes (acme, initech, umbrella))\n")
    }

    /// The guide prints the example's files as they are built and tested.
    @Test func theGuidePrintsTheExampleAsItIs() throws {
        let guide = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent("plugins/README.md"), encoding: .utf8)
        for (file, language) in [("Package.swift", "swift"), ("Sources/CallReview/CallReviewVerifier.swift", "swift"),
                                 ("Sources/CallReview/CallReviewPlugin.swift", "swift"), ("catalog/discovery-calls.yaml", "yaml")] {
            let source = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(Self.example + "/" + file), encoding: .utf8)
            #expect(guide.contains("```\(language)\n" + source + "```\n"), "plugins/README.md does not print \(file) as it is")
        }
    }
}
