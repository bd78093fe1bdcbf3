import Foundation
import SalesOpsTestSupport
import Testing

/// The author's guide's recipes (plugins/README.md), each built out of tree from
/// examples/plugins/ the way its author would, then used through the command line with
/// `--plugins DIR`.
@Suite struct CookbookTests {
    static let trackKindFixtures = "Tests/SalesOpsCLITests/Fixtures/cookbook/contractor-mistakes"

    /// The C criterion, built with make against the header: an evaluation ranks with its values.
    @Test func theCCriterionScoresAnEvaluation() throws {
        let plugin = try OutOfTreeBuild.example("c-criterion", product: "ramp-weeks")
        let info = SalesOpsRun.inProcess(["plugins", "info", "ramp-weeks", "--plugins", plugin.folder])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("criterion ramp-weeks\n"), "\(info.stdout)")
        #expect(info.stdout.contains("runs:         in a helper process (isolated)"), "\(info.stdout)")

        // The shipped catalog plus the recipe's evaluation.
        let catalog = try OnboardingFixtures.folder() + "/catalog"
        try FileManager.default.copyItem(atPath: OnboardingFixtures.shippedCatalog, toPath: catalog)
        try FileManager.default.copyItem(atPath: OutOfTreeBuild.packageRoot.appendingPathComponent("examples/plugins/c-criterion/startup-outbound-ramp.yaml").path,
                                         toPath: catalog + "/evaluations/startup-outbound-ramp.yaml")
        let run = SalesOpsRun.inProcess(["evaluate", "startup-outbound-ramp", "--catalog", catalog, "--plugins", plugin.folder,
                                         "--format", "json", "--today", "2026-11-29"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ranking = try #require(report["ranking"] as? [[String: Any]])
        let values = Dictionary(uniqueKeysWithValues: ranking.compactMap { row -> (String, Double)? in
            guard let tool = row["tool"] as? String, let value = (row["values"] as? [String: Any])?["ramp-weeks"] as? Double else { return nil }
            return (tool, value)
        })
        // weeksToLive + 2 × (learningCurve − 1), from the shipped tools' spec.adoption.
        // The team's knockouts (must-haves, budget) leave two candidates.
        #expect(values == ["apollo-io": 3, "freshsales": 5], "\(run.stdout)")
        #expect(values.count == ranking.count, "every ranked tool has a value: \(values)")
    }

    /// The Swift track kind, built with `swift build` against the checkout by a path
    /// dependency: its fields are checked with file:line:col errors and its own rules run;
    /// the recipe's track validates and someone enrols on it.
    @Test func theSwiftTrackKindChecksItsFieldsAndEnrols() throws {
        let plugin = try OutOfTreeBuild.example("swift-track-kind", product: "contractor-onboarding")
        let catalog = "examples/plugins/swift-track-kind/catalog"
        let valid = SalesOpsRun.inProcess(["catalog", "validate", catalog, "--plugins", plugin.folder])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout == "OK: \(catalog): 1 Track, 1 Calendar (2 documents in 1 files)\n")

        let broken = SalesOpsRun.inProcess(["catalog", "validate", Self.trackKindFixtures, "--plugins", plugin.folder])
        #expect(broken.status == 1)
        let expected = try String(contentsOf: OutOfTreeBuild.packageRoot.appendingPathComponent(Self.trackKindFixtures + "/catalog.errors"),
                                  encoding: .utf8).split(separator: "\n").map(String.init)
        let lines = broken.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("salesops:") }
        // The expected lines name the file from the fixtures folder, `contractor-mistakes/catalog.yaml`.
        #expect(lines.map { $0.replacingOccurrences(of: "Tests/SalesOpsCLITests/Fixtures/cookbook/", with: "") } == expected, "\(broken.stderr)")

        let folder = try OnboardingFixtures.folder()
        let enrol = SalesOpsRun.inProcess(["onboard", "enroll", "kim.lee", "--track", "agency-sdr", "--start", "2026-03-02",
                                           "--manager", "maya.chen", "--catalog", OutOfTreeBuild.packageRoot.path + "/" + catalog,
                                           "--plugins", plugin.folder, "--today", "2026-02-27"],
                                          in: URL(fileURLWithPath: folder))
        #expect(enrol.status == 0, "\(enrol.stderr)")
        let status = SalesOpsRun.inProcess(["onboard", "status", "kim.lee", "--catalog", OutOfTreeBuild.packageRoot.path + "/" + catalog,
                                            "--plugins", plugin.folder, "--today", "2026-03-02"], in: URL(fileURLWithPath: folder))
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("data-access-review"), "\(status.stdout)")
    }

    /// The guide prints the recipe's files and errors as they are built and tested.
    @Test func theGuidePrintsTheRecipesAsTheyAre() throws {
        let root = OutOfTreeBuild.packageRoot
        let guide = try String(contentsOf: root.appendingPathComponent("plugins/README.md"), encoding: .utf8)
        for (file, language) in [("examples/plugins/swift-track-kind/Package.swift", "swift"),
                                 ("examples/plugins/swift-track-kind/Sources/ContractorOnboarding/ContractorTrackKind.swift", "swift"),
                                 ("examples/plugins/swift-track-kind/catalog/contractor-tracks.yaml", "yaml"),
                                 (Self.trackKindFixtures + "/catalog.errors", "")] {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            #expect(guide.contains("```\(language)\n" + text + "```\n"), "plugins/README.md does not print \(file) as it is")
        }
    }
}
