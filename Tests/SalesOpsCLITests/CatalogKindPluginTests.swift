import Foundation
import Testing

/// A catalog kind a plugin adds, end to end with the bundled plugin vendor-review loaded as
/// the real `.so`: its documents load, validate against the plugin's schema with located errors,
/// list, show and export their schema, and the plugin's criterion reads them.
@Suite struct CatalogKindPluginTests {
    static let fixtures = "Tests/SalesOpsCLITests/Fixtures/vendor-review"

    @Test func validateChecksDocumentsAgainstThePluginsSchema() throws {
        let broken = try CommandLineTests.salesops(["catalog", "validate", Self.fixtures + "/broken"])
        #expect(broken.status == 1)
        let expected = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(Self.fixtures + "/broken/reviews.errors"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lines = broken.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("salesops:") }
        #expect(lines.map { $0.replacingOccurrences(of: Self.fixtures + "/", with: "") } == expected, "\(broken.stderr)")

        let valid = try CommandLineTests.salesops(["catalog", "validate", Self.fixtures + "/valid"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout == "OK: \(Self.fixtures)/valid: 3 Tool, 1 Team, 1 Evaluation, 4 VendorReview (9 documents in 1 files)\n")

        // Without the plugin the kind is unknown, and says which kinds there are.
        let without = try CommandLineTests.salesops(["catalog", "validate", Self.fixtures + "/valid", "--no-bundled-plugins"])
        #expect(without.status == 1)
        #expect(without.stderr.contains("kind: unknown kind \"VendorReview\"; expected one of Tool, Team, Evaluation, Track, Calendar, Subscription"),
                "\(without.stderr)")
    }

    @Test func listShowAndSchemaIncludeThePluginsKind() throws {
        let catalog = Self.fixtures + "/valid"
        let list = try CommandLineTests.salesops(["catalog", "list", "--kind", "VendorReview", "--catalog", catalog])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == """
            KIND          NAME        TITLE
            ------------  ----------  --------------------------
            VendorReview  alpha-2026  Alpha security review 2026
            VendorReview  beta-2026   beta-2026
            VendorReview  beta-2025   beta-2025
            VendorReview  gamma-2026  gamma-2026

            """)
        let show = try CommandLineTests.salesops(["catalog", "show", "VendorReview/beta-2026", "--format", "json", "--catalog", catalog])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("\"status\": \"conditional\""), "\(show.stdout)")
        let schema = try CommandLineTests.salesops(["catalog", "schema", "VendorReview"])
        #expect(schema.status == 0, "\(schema.stderr)")
        #expect(schema.stdout.contains("\"const\": \"VendorReview\""), "\(schema.stdout)")
        #expect(schema.stdout.contains("\"enum\": [\n            \"approved\","), "\(schema.stdout)")
    }

    /// The criterion receives every VendorReview document and scores each tool by its review.
    @Test func aCriterionReadsThePluginsDocuments() throws {
        let result = try CommandLineTests.salesops(["evaluate", "reviewed-crm", "--catalog", Self.fixtures + "/valid",
                                                    "--format", "json", "--today", "2026-11-29"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.compactMap { $0["tool"] as? String } == ["alpha-crm", "beta-crm", "gamma-crm"], "\(result.stdout)")
        // The documents cross to a plugin in a helper process the same way.
        let isolated = try CommandLineTests.salesops(["evaluate", "reviewed-crm", "--catalog", Self.fixtures + "/valid", "--isolate-plugins",
                                                      "--format", "json", "--today", "2026-11-29"])
        #expect(isolated.status == 0, "\(isolated.stderr)")
        #expect(isolated.stdout == result.stdout)
    }

    /// schema/ is what `catalog schema --output` writes with the bundled plugins loaded, their
    /// kinds included, so editors check catalog files as `catalog validate` does.
    @Test func checkedInSchemaFolderIsCurrent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-schema-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandLineTests.salesops(["catalog", "schema", "--output", folder])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written.contains("vendorreview.schema.json"))
        for file in written {
            let fresh = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let onDisk = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent("schema/" + file), encoding: .utf8)
            #expect(fresh == onDisk, "schema/\(file) is out of date: run `swift run salesops catalog schema --output schema`")
        }
    }
}
