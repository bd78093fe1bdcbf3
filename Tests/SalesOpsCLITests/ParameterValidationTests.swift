import Foundation
import Testing

/// `catalog validate` checks criterion and verifier `params` against the schemas the built-in
/// criteria and the bundled plugins declare.
@Suite struct ParameterValidationTests {
    @Test func paramsOutsideTheirSchemaAreLocatedErrors() throws {
        let fixtures = "Tests/SalesOpsCatalogTests/Fixtures"
        let result = try CommandLineTests.salesops(["catalog", "validate", fixtures + "/params"])
        #expect(result.status == 1)
        let expected = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(fixtures + "/params/catalog.errors"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("salesops:") }
        #expect(lines.map { $0.replacingOccurrences(of: fixtures + "/", with: "") } == expected)
    }

    @Test func shippedCatalogParamsFitTheirSchemas() throws {
        let result = try CommandLineTests.salesops(["catalog", "validate"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
