import Foundation
import SalesOpsTestSupport
import Testing

/// A track kind's own fields, `spec.fields`, as the author's guide's `partner` track kind (the
/// bundled C plugin partner-onboarding, loaded as the real `.so`) declares them.
@Suite struct TrackKindFieldsTests {
    static let fixtures = "Tests/SalesOpsCatalogTests/Fixtures"

    /// `catalog validate` checks each track's fields against its kind's schema and runs the
    /// kind's own validation, every error at its place in the file.
    @Test func validateChecksFieldsAgainstTheKindsSchema() throws {
        let result = try CommandLineTests.salesops(["catalog", "validate", Self.fixtures + "/partner"])
        #expect(result.status == 1)
        let expected = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(Self.fixtures + "/partner/catalog.errors"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("salesops:") }
        #expect(lines.map { $0.replacingOccurrences(of: Self.fixtures + "/", with: "") } == expected, "\(result.stderr)")
    }

    /// A partner track with a valid tier enrols; one whose tier is not in the schema is refused
    /// with the same located error, and nothing is recorded.
    @Test func enrolmentUsesTheTrackWithItsFields() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-partner-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let catalog = Self.fixtures + "/partner"
        let enrolled = try CommandLineTests.salesops(["onboard", "enroll", "acme-reseller", "--track", "gold-partner", "--start", "2026-03-02",
                                                      "--catalog", catalog, "--store", store])
        #expect(enrolled.status == 0, "\(enrolled.stderr)")
        let refused = try CommandLineTests.salesops(["onboard", "enroll", "beta-reseller", "--track", "platinum-partner", "--start", "2026-03-02",
                                                     "--catalog", catalog, "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix(catalog + "/catalog.yaml:25:19: spec.fields.tier: expected one of registered, silver, gold, found \"platinum\"\n"),
                "\(refused.stderr)")
        let history = try CommandLineTests.salesops(["onboard", "history", "beta-reseller", "--store", store])
        #expect(history.status == 1, "nothing must have been recorded: \(history.stdout)")
    }

    /// The Track JSON Schema that editors use (schema/, as `catalog schema --output` writes it with
    /// the bundled plugins) chooses `spec.fields` by `spec.audience`, as `catalog validate` does.
    @Test(arguments: [("gold-partner.json", nil), ("platinum-partner.json", "['spec', 'fields', 'tier']"),
                      ("hire-with-tier.json", "['spec', 'fields']")] as [(String, String?)])
    func theTrackSchemaChoosesFieldsByKind(_ file: String, _ problemAt: String?) throws {
        let document = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsCLITests/Fixtures/track-fields/" + file)
        for schema in ["track.schema.json", "catalog.schema.json"] {
            let problems = try SchemaValidation.problems(document, against: schema, packageRoot: CommandLineTests.packageRoot)
            if let problemAt {
                #expect(problems?.hasPrefix(problemAt) == true, "\(file) against \(schema): \(problems ?? "valid")")
            } else {
                #expect(problems == nil, "\(file) against \(schema): \(problems ?? "")")
            }
        }
    }

    /// The guide prints the bundled plugin's source as it is built and tested.
    @Test func theGuidesPartnerExampleIsTheBundledPlugin() throws {
        let guide = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent("plugins/README.md"), encoding: .utf8)
        let source = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent("plugins/partner-onboarding/partner_track.c"),
                                encoding: .utf8)
        #expect(guide.contains("```c\n" + source + "```\n"))
    }
}
