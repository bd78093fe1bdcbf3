import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsReports
import Testing

/// Whole reports for the shipped example evaluations at a fixed date, compared byte for byte
/// with Fixtures/golden, and the JSON checked against schema/evaluation-report.schema.json.
///
/// After an intended change, regenerate the files and review the diff:
/// `SALESOPS_UPDATE_GOLDEN=1 swift test --skip-build --filter GoldenReportTests`
@Suite(.serialized) struct GoldenReportTests {
    static let evaluations = ["startup-outbound-crm", "midmarket-inbound-crm", "enterprise-eu-crm"]
    static let folder = EvaluationFixtures.packageRoot.appendingPathComponent("Tests/SalesOpsEvaluationTests/Fixtures/golden")
    static let schema = EvaluationFixtures.packageRoot.appendingPathComponent("schema/evaluation-report.schema.json")
    static let updating = ProcessInfo.processInfo.environment["SALESOPS_UPDATE_GOLDEN"] == "1"

    @Test(arguments: evaluations)
    func wholeReportsMatchTheGoldenFiles(_ name: String) throws {
        let report = try ShippedCatalogTests.run(name)
        try Self.compare(try EvaluationJSON.render(report) + "\n", to: "\(name).json")
        try Self.compare(EvaluationText.render(report) + "\n", to: "\(name).txt")
        try Self.compare(EvaluationMarkdown.render(report), to: "\(name).md")
    }

    @Test(arguments: evaluations)
    func jsonValidatesAgainstTheSchema(_ name: String) throws {
        let report = try ShippedCatalogTests.run(name)
        try Self.validate(try EvaluationJSON.render(report))
    }

    /// Reports from the fixture catalog cover what the shipped ones do not: knockouts of every
    /// kind, missing data, thresholds, shifted values, every method, every candidate excluded.
    @Test func fixtureReportsValidateAgainstTheSchema() throws {
        let x = CriterionUse(use: "attribute", id: "x", params: ["path": "spec.attributes.x"], weight: 1)
        var cost = CriterionUse(use: "total-cost", weight: 1)
        cost.threshold = Threshold(min: nil, max: 1500)
        let shifted = EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], method: .wpm, normalization: nil,
            criteria: [x, CriterionUse(use: "feature-coverage", weight: 1)]) { $0.nonPositive = .shift }
        let evaluations: [Evaluation] = [
            EvaluationFixtures.evaluation(team: "strict", tools: ["alpha", "beta", "gamma", "delta"], criteria: [x]),
            EvaluationFixtures.evaluation(team: "strict", tools: ["beta", "delta"], criteria: [x]),
            EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "gamma"], criteria: [x]),
            EvaluationFixtures.evaluation(team: "lean", tools: ["alpha", "beta"], criteria: [x]),
            EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [x, cost]),
            EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [x, CriterionUse(use: "scalability", weight: 1)]) {
                $0.missingData = .exclude
            },
            shifted,
        ] + [SalesOpsCatalog.DecisionMethod.wsm, .wpm, .topsis, .vikor].map { method in
            EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], method: method, normalization: nil,
                                          criteria: [x, CriterionUse(use: "adoption-risk", weight: 1), CriterionUse(use: "integration-fit", weight: 1)])
        }
        for evaluation in evaluations {
            try Self.validate(try EvaluationJSON.render(try EvaluationFixtures.run(evaluation)))
        }
    }

    static func compare(_ actual: String, to file: String) throws {
        let url = folder.appendingPathComponent(file)
        if updating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(file) differs; if the change is intended, regenerate with SALESOPS_UPDATE_GOLDEN=1 and review the diff")
    }

    /// Validates with python3's jsonschema (as scripts/check-schemas.py does).
    static func validate(_ json: String) throws {
        let document = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).json")
        try json.write(to: document, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: document) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors[:5]:
                print(list(error.absolute_path), error.message[:300])
            sys.exit(1 if errors else 0)
            """, schema.path, document.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the report does not match the schema:\n\(text)")
    }
}
