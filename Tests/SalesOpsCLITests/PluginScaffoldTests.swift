import Foundation
import SalesOpsTestSupport
import Testing

/// `salesops plugins new` writes a project that builds as written and loads.
@Suite struct PluginScaffoldTests {
    static let kinds = ["criterion", "verifier", "trackKind", "exporter"]

    /// Writes a project with `plugins new`, builds it out of tree and loads it with `plugins info`.
    /// The project's folder is the same on every run, so a Swift build is incremental.
    static func scaffoldBuildAndLoad(lang: String, kind: String) throws {
        let name = "new-\(lang)-\(kind.lowercased())"
        let folder = OutOfTreeBuild.packageRoot.appendingPathComponent(".build/scaffolds/" + name).path
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let new = SalesOpsRun.inProcess(["plugins", "new", "--lang", lang, name, "--kind", kind, "--output", "project"],
                                        in: URL(fileURLWithPath: folder))
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("salesops plugins info \(name) --plugins ~/.salesops/plugins"), "\(new.stdout)")
        let plugin = try OutOfTreeBuild.build(folder + "/project", product: name)
        let info = SalesOpsRun.inProcess(["plugins", "info", name, "--plugins", plugin.folder, "--strict-plugins"])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.hasPrefix("\(name) 0.1.0\n"), "\(info.stdout)")
        #expect(info.stdout.contains("    \(kind) \(name)\n"), "\(info.stdout)")
    }

    @Test(arguments: kinds) func aCProjectBuildsAndLoads(kind: String) throws {
        try Self.scaffoldBuildAndLoad(lang: "c", kind: kind)
    }

    /// Two of the four types: each Swift build compiles the SDK's modules once, and the C tests
    /// cover every type's manifest.
    @Test(arguments: ["criterion", "trackKind"]) func aSwiftProjectBuildsAndLoads(kind: String) throws {
        try Self.scaffoldBuildAndLoad(lang: "swift", kind: kind)
    }

    /// The C criterion answers one score per candidate, so an evaluation runs with it as written.
    @Test func theCCriterionAnswersEveryCandidate() throws {
        let folder = try OnboardingFixtures.folder()
        let new = SalesOpsRun.inProcess(["plugins", "new", "--lang", "c", "fresh-criterion"], in: URL(fileURLWithPath: folder))
        #expect(new.status == 0, "\(new.stderr)")
        let plugin = try OutOfTreeBuild.build(folder + "/fresh-criterion", product: "fresh-criterion")
        let catalog = try OnboardingFixtures.folder() + "/catalog"
        try FileManager.default.copyItem(atPath: OnboardingFixtures.shippedCatalog, toPath: catalog)
        let evaluation = """
            apiVersion: salesops/v1
            kind: Evaluation
            metadata: { name: with-fresh-criterion }
            spec:
              team: startup-outbound
              candidates: { categories: [crm] }
              criteria:
                - { use: fresh-criterion, weight: 0.5 }
                - { use: feature-coverage, weight: 0.5 }
              missingData: worst

            """
        try evaluation.write(toFile: catalog + "/evaluations/with-fresh-criterion.yaml", atomically: true, encoding: .utf8)
        let run = SalesOpsRun.inProcess(["evaluate", "with-fresh-criterion", "--catalog", catalog, "--plugins", plugin.folder,
                                         "--format", "json", "--today", "2026-11-29"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"ranking\""), "\(run.stdout)")
    }

    @Test func existingFilesAreNeverOverwritten() throws {
        let folder = try OnboardingFixtures.folder()
        try FileManager.default.createDirectory(atPath: folder + "/mine", withIntermediateDirectories: true)
        try "keep me\n".write(toFile: folder + "/mine/Makefile", atomically: true, encoding: .utf8)
        let run = SalesOpsRun.inProcess(["plugins", "new", "--lang", "c", "mine"], in: URL(fileURLWithPath: folder))
        #expect(run.status == 1)
        #expect(run.stderr == "salesops: not overwriting \(folder)/mine/Makefile; choose another --output folder or name, or move them away\n")
        #expect(try String(contentsOfFile: folder + "/mine/Makefile", encoding: .utf8) == "keep me\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/mine/mine.c"), "nothing is written when one file exists")

        let badName = SalesOpsRun.inProcess(["plugins", "new", "--lang", "swift", "My Plugin"], in: URL(fileURLWithPath: folder))
        #expect(badName.status == 1)
        #expect(badName.stderr.contains("plugin name `My Plugin`: use lower-case letters and digits"), "\(badName.stderr)")
    }

    @Test func helpTeachesTheNextCommands() {
        let help = SalesOpsRun.inProcess(["plugins", "new", "--help"])
        #expect(help.status == 0)
        for line in ["salesops plugins new --lang c my-criterion", "cd my-criterion && make",
                     "swift build --product my-criterion", "salesops plugins info my-criterion --plugins ~/.salesops/plugins"] {
            #expect(help.stdout.contains(line), "\(help.stdout)")
        }
    }
}
