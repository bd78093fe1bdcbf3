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

    /// A command fails on the parameters of what it runs, with the same located errors.
    @Test func evaluateAndEnrolRefuseBadParamsOfWhatTheyUse() throws {
        let fixtures = "Tests/SalesOpsCatalogTests/Fixtures"
        let expected = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent(fixtures + "/params/catalog.errors"), encoding: .utf8)
            .split(separator: "\n").map { fixtures + "/" + $0 }
        let evaluate = try CommandLineTests.salesops(["evaluate", "bad-params", "--catalog", fixtures + "/params"])
        #expect(evaluate.status == 1)
        #expect(evaluate.stdout.isEmpty)
        let evaluationErrors = expected.filter { $0.contains("spec.criteria[") }
        #expect(evaluate.stderr.split(separator: "\n").map(String.init)
            == evaluationErrors + ["salesops: \(evaluationErrors.count) errors in the catalog at \(fixtures)/params; fix them and run again (`salesops catalog validate` lists them)"],
            "\(evaluate.stderr)")

        let store = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-params-\(UUID().uuidString).db").path
        let enrol = try CommandLineTests.salesops(["onboard", "enroll", "ana.lima", "--track", "bad-verifier-params", "--start", "2026-03-02",
                                                   "--catalog", fixtures + "/params", "--store", store])
        #expect(enrol.status == 1)
        let trackErrors = expected.filter { $0.contains("spec.steps[") }
        #expect(enrol.stderr.split(separator: "\n").map(String.init)
            == trackErrors + ["salesops: \(trackErrors.count) errors in the catalog at \(fixtures)/params; fix them and run again (`salesops catalog validate` lists them)"],
            "\(enrol.stderr)")
        let history = try CommandLineTests.salesops(["onboard", "history", "ana.lima", "--store", store])
        #expect(history.status == 1, "enrolment must not have been recorded: \(history.stdout)")
    }

    @Test func shippedCatalogParamsFitTheirSchemas() throws {
        let result = try CommandLineTests.salesops(["catalog", "validate"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
