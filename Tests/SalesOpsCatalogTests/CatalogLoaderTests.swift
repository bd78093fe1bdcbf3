import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsYAML
import Testing

/// Valid catalogs load; each broken file gives exactly the errors written beside it.
@Suite struct CatalogLoaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let shippedCatalog = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("catalog")

    static let brokenFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("broken").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func validCatalogLoads() {
        let result = CatalogLoader().load(Self.fixtures.appendingPathComponent("valid").path)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.catalog.tools.map(\.name) == ["example-crm", "example-engage", "pipedrive"])
        let pro = result.catalog.tool(named: "example-crm")?.spec.pricing.tiers[1]
        #expect(pro?.name == "Pro")
        #expect(pro?.features == ["contact-management", "pipeline-management"], "merged from the Starter tier")
        #expect(result.catalog.team(named: "example-team")?.spec.seats(inYear: 3) == 19)
    }

    @Test func shippedCatalogIsValid() {
        let result = CatalogLoader().load(Self.shippedCatalog.path)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description).joined(separator: "\n"))")
        #expect(!result.catalog.tools.isEmpty)
    }

    @Test func atLeastTenBrokenFiles() {
        #expect(Self.brokenFiles.count >= 10)
    }

    @Test(arguments: brokenFiles) func brokenFileGivesItsErrors(_ name: String) throws {
        let folder = Self.fixtures.appendingPathComponent("broken")
        let expected = try String(contentsOf: folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".errors")), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = CatalogLoader().load(files: [folder.appendingPathComponent(name).path])
        let actual = result.errors.map { $0.description.replacingOccurrences(of: Self.fixtures.path + "/", with: "") }
        #expect(actual == expected)
    }

    @Test func wholeBrokenFolderReportsEveryFile() {
        let result = CatalogLoader().load(Self.fixtures.appendingPathComponent("broken").path)
        let files = Set(result.errors.map { URL(fileURLWithPath: $0.file).lastPathComponent })
        #expect(files.count == Self.brokenFiles.count)
    }

    @Test func kindsRegisteredByPluginsLoadAsJSON() throws {
        let folder = Self.fixtures.appendingPathComponent("extension").path
        #expect(CatalogLoader().load(folder).errors.map(\.message).first?.hasPrefix("unknown kind \"Playbook\"") == true)
        var kinds = CatalogKinds.standard
        kinds.registerExtension("Playbook", specSchema: ["type": "object"])
        let result = CatalogLoader(kinds: kinds).load(folder)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let playbook = try #require(result.catalog.extensions["Playbook"]?.first)
        #expect(playbook.title == "Discovery calls")
        #expect(playbook.spec["minutes"] == 30)
        #expect(kinds.kind(named: "Playbook")?.schema()["properties"]?["kind"] == ["const": "Playbook"])
    }

    @Test func missingFolderIsAnError() {
        let result = CatalogLoader().load("/nonexistent/catalog")
        #expect(result.errors.map(\.message) == ["no such file or folder; pass a catalog folder with --catalog or set SALESOPS_CATALOG"])
    }
}
