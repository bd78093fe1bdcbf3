import Foundation
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// The `salesops` executable as a user runs it: output, errors on stderr, exit codes.
@Suite struct CommandLineTests {
    static let packageRoot = SalesOpsRun.packageRoot

    typealias Result = TestProcess.Result

    /// `salesops ARGUMENTS` from the package's root, in this process.
    static func salesops(_ arguments: [String]) throws -> Result {
        SalesOpsRun.inProcess(arguments)
    }

    @Test func validateShippedCatalog() throws {
        let result = try Self.salesops(["catalog", "validate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("OK: catalog: "))
        #expect(result.stdout.contains(" Tool, "))
    }

    @Test func validateBrokenFolderListsEveryFile() throws {
        let folder = "Tests/SalesOpsCatalogTests/Fixtures/broken"
        let result = try Self.salesops(["catalog", "validate", folder])
        #expect(result.status == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot.appendingPathComponent(folder).path).filter { $0.hasSuffix(".yaml") }
        for file in files {
            #expect(result.stderr.contains("\(folder)/\(file):"), "\(file) has no error line")
        }
        #expect(result.stdout.isEmpty)
    }

    @Test func defaultEvaluationRanksAndExplains() throws {
        let result = try Self.salesops(["evaluate", "--today", "2026-11-29"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1     hubspot-sales-hub"))
        #expect(result.stdout.contains("Margin:"))
        #expect(result.stdout.contains("Excluded:"))
        #expect(result.stdout.contains("Rank acceptability"))
    }

    @Test(arguments: ["json", "csv", "markdown", "html"])
    func evaluateFormats(_ format: String) throws {
        let result = try Self.salesops(["evaluate", "startup-outbound-crm", "--format", format, "--samples", "100", "--today", "2026-11-29"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("apollo-io") || result.stdout.contains("Apollo.io"))
    }

    @Test func unknownEvaluationSuggests() throws {
        let result = try Self.salesops(["evaluate", "startup-outbound-cmr"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no Evaluation named `startup-outbound-cmr`; did you mean `startup-outbound-crm`?"))
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try Self.salesops(["evaluate", "--samples", "-5"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--samples"))
        #expect(try Self.salesops(["catalog", "lst"]).status == 2)
    }

    /// The built executable end to end: the README's first command, and its exit codes.
    @Test func theExecutableRanksAndExitsWithItsCodes() throws {
        let ranked = try SalesOpsRun.process(["evaluate", "--today", "2026-11-29", "--samples", "100"])
        #expect(ranked.status == 0, "\(ranked.stderr)")
        #expect(ranked.stdout == SalesOpsRun.inProcess(["evaluate", "--today", "2026-11-29", "--samples", "100"]).stdout)
        #expect(try SalesOpsRun.process(["catalog", "lst"]).status == 2)
        #expect(try SalesOpsRun.process(["evaluate", "startup-outbound-cmr"]).status == 1)
    }

    @Test func compareShowsTiersSideBySide() throws {
        let result = try Self.salesops(["compare", "hubspot-sales-hub", "zoho-crm", "--team", "midmarket-inbound"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Professional: 159,180 USD; all must-haves"))
        let unknown = try Self.salesops(["compare", "hubspot-sales-hbu"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean `hubspot-sales-hub`?"))
    }

    @Test func pluginsListShowsBundledPlugins() throws {
        let result = try Self.salesops(["plugins", "list"])
        #expect(result.status == 0, "\(result.stderr)")
        for plugin in ["hire-onboarding", "customer-onboarding", "residency-fit", "partner-onboarding", "vendor-review"] {
            #expect(result.stdout.contains(plugin))
        }
    }

    @Test func catalogShowAndSchema() throws {
        let show = try Self.salesops(["catalog", "show", "Tool/pipedrive", "--format", "json"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("\"name\": \"pipedrive\""))
        let schema = try Self.salesops(["catalog", "schema", "Team"])
        #expect(schema.status == 0)
        #expect(schema.stdout.contains("\"const\": \"Team\""))
    }
}
