import Foundation
import SalesOpsBasics
@testable import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsEvaluation
import SalesOpsEvaluationReports
import SalesOpsTestSupport
import Testing

/// Whole reports for the shipped example evaluations at a fixed date, compared byte for byte
/// with Fixtures/golden, and the JSON checked against schema/evaluation-report.schema.json.
///
/// After an intended change, regenerate the files and review the diff:
/// `SALESOPS_UPDATE_GOLDEN=1 swift test --skip-build --filter GoldenReportTests`
@Suite(.serialized) struct GoldenReportTests {
    static let evaluations = ["startup-outbound-crm", "midmarket-inbound-crm", "enterprise-eu-crm"]
    static let folder = EvaluationFixtures.packageRoot.appendingPathComponent("Tests/SalesOpsEvaluationReportsTests/Fixtures/golden")
    static let schema = EvaluationFixtures.packageRoot.appendingPathComponent("schema/evaluation-report.schema.json")
    static let updating = ProcessInfo.processInfo.environment["SALESOPS_UPDATE_GOLDEN"] == "1"

    @Test(arguments: evaluations)
    func wholeReportsMatchTheGoldenFiles(_ name: String) throws {
        let report = try EvaluationFixtures.shippedEvaluation(name)
        try Self.compare(try EvaluationJSON.render(report) + "\n", to: "\(name).json")
        try Self.compare(EvaluationText.render(report) + "\n", to: "\(name).txt")
        try Self.compare(EvaluationMarkdown.render(report), to: "\(name).md")
        try Self.compare(EvaluationHTML.render(report), to: "\(name).html")
        try Self.compare(EvaluationCSV.render(report), to: "\(name).csv")
    }

    @Test(arguments: evaluations)
    func jsonValidatesAgainstTheSchema(_ name: String) throws {
        let report = try EvaluationFixtures.shippedEvaluation(name)
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
            criteria: [x, CriterionUse(use: "feature-coverage", weight: 1)]) { $0.nonPositive = .shiftToOne }
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
        ] + [DecisionMethod.wsm, .wpm, .topsis, .vikor].map { method in
            EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], method: method, normalization: nil,
                                          criteria: [x, CriterionUse(use: "adoption-risk", weight: 1), CriterionUse(use: "integration-fit", weight: 1)])
        }
        for evaluation in evaluations {
            try Self.validate(try EvaluationJSON.render(try EvaluationFixtures.run(evaluation)))
        }
    }

    /// Every case of every typed value matches its definition in the schema, so a new case
    /// cannot ship without one.
    @Test func everyKindHasADefinitionInTheSchema() throws {
        let date = CalendarDate(iso: "2026-01-01")!
        let reasons: [ExclusionReason] = [
            .missingMustHaves(closestTier: "Pro", lacks: ["sso"]), .tierSeatLimit(tier: "Team", maxSeats: 10, needed: 12),
            .maxSeats(limit: 10, needed: 12, horizonYears: 3), .compliance(missing: [.soc2, .pciDss]),
            .dataResidency(required: .eu, offered: [.us]),
            .overBudget(year: 2, tier: "Pro", cost: 1200, budget: 1000, currency: .EUR), .noData(criterion: "rating"),
            .belowMinimum(criterion: "x", value: 1, minimum: 2), .aboveMaximum(criterion: "x", value: 3, maximum: 2),
        ]
        let warnings: [EvaluationWarning] = [
            .stalePrice(tool: "a", asOf: date, days: 400, source: "https://example.com"),
            .staleRating(tool: "a", source: "G2", asOf: date, days: 400), .constantCriterion(criterion: "x"),
            .noDataCriterion(criterion: "x"), .shifted(criterion: "x", by: 1), .inconsistentAHP(consistencyRatio: 0.2),
            .everyCandidateExcluded,
        ]
        let caveats: [CostCaveat] = [
            .converted(from: .EUR, to: .USD, rate: 1.08), .billingFallback(tier: "Pro", billing: .monthly, used: .annual),
            .priceRange(tier: "Enterprise"), .stalePrice(asOf: date, days: 400),
        ]
        let encoder = JSONValueEncoder()
        try Self.validate(try encoder.encode(reasons).jsonText, definition: "exclusionReason")
        try Self.validate(try encoder.encode(warnings).jsonText, definition: "warning")
        try Self.validate(try encoder.encode(caveats).jsonText, definition: "costCaveat")
        let words = reasons.map(EvaluationWording.exclusion) + warnings.map(EvaluationWording.warning) + caveats.map(EvaluationWording.caveat)
        #expect(Set(words).count == words.count, "each kind has its own words")
        #expect(EvaluationWording.exclusion(reasons[1]) == "Team allows at most 10 seats; the team needs 12")
        #expect(EvaluationWording.caveat(caveats[1]) == "Pro: no monthly-billing price published; the annual price is used")
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
    /// With `definition`, `json` is an array of values of that `$defs` entry.
    static func validate(_ json: String, definition: String? = nil) throws {
        let document = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).json")
        try json.write(to: document, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: document) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            if len(sys.argv) > 3:
                schema = {"$defs": schema["$defs"], "type": "array", "items": {"$ref": "#/$defs/" + sys.argv[3]}}
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors[:5]:
                print(list(error.absolute_path), error.message[:300])
            sys.exit(1 if errors else 0)
            """, schema.path, document.path] + (definition.map { [$0] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the report does not match the schema:\n\(text)")
    }
}
