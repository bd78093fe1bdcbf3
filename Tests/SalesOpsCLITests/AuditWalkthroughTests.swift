import Foundation
import SalesOpsTestSupport
import Testing

/// The README's audit of the mid-market team runs as written, and the audit's JSON is its
/// golden file and keeps to its schema.
@Suite struct AuditWalkthroughTests {
    static let heading = "### An audit of the mid-market team"

    @Test func theWalkthroughRunsAsWritten() throws {
        try QuarterWalkthroughTests.runConsoleBlock(under: Self.heading, in: CommandLineTests.packageRoot, minimumSteps: 2)
    }

    /// Every format compared whole with its golden file; the JSON also against its schema.
    @Test(arguments: [("json", "audit.json"), ("markdown", "audit.md"), ("html", "audit.html")])
    func eachFormatIsItsGoldenFile(_ format: String, golden name: String) throws {
        let result = SalesOpsRun.inProcess(
            ["audit", "--team", "midmarket-inbound", "--usage", "examples/midmarket-usage.csv", "--today", "2026-12-02", "--format", format],
            in: CommandLineTests.packageRoot,
            variables: ["SALESOPS_CATALOG": CommandLineTests.packageRoot.appendingPathComponent("catalog").path])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = JSONContractTests.folder.appendingPathComponent(name)
        if JSONContractTests.updating {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
        if format == "json" { try JSONContractTests.validate(golden, against: "output/audit.schema.json") }
    }

    @Test func aBadUsageFileNamesItsPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "user,tool,lastActive\nana@example.com,hubspot-sales-hub,2026-11-31\n".write(
            to: folder.appendingPathComponent("usage.csv"), atomically: true, encoding: .utf8)
        try "email,last\nana@example.com,2026-11-30\n".write(
            to: folder.appendingPathComponent("export.csv"), atomically: true, encoding: .utf8)
        let variables = ["SALESOPS_CATALOG": CommandLineTests.packageRoot.appendingPathComponent("catalog").path]
        let badDate = SalesOpsRun.inProcess(["audit", "--usage", "usage.csv", "--today", "2026-12-02"], in: folder, variables: variables)
        #expect(badDate.status == 1)
        #expect(badDate.stdout.isEmpty)
        #expect(badDate.stderr == "salesops: usage.csv:2:3: `2026-11-31` is not a date; write YYYY-MM-DD (a time after it is ignored), or leave it empty for never\n")
        let unmapped = SalesOpsRun.inProcess(["audit", "--usage", "export.csv", "--today", "2026-12-02"], in: folder, variables: variables)
        #expect(unmapped.stderr == "salesops: export.csv:1: no column `user`; the header has `email`, `last` (or map it: --map FIELD=COLUMN)\n")
        let mapped = SalesOpsRun.inProcess(
            ["audit", "--usage", "export.csv", "--map", "user=email", "--map", "lastActive=last", "--map", "tool=@hubspot-sales-hub",
             "--today", "2026-12-02", "--format", "csv"], in: folder, variables: variables)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stdout.contains("midmarket-hubspot,hubspot-sales-hub,crm,Professional,midmarket-inbound,maya.chen,sales,20,annual,USD,1080.00,21600.00,1,19,20520.00,2027-01-31,2027-02-01,2027-01-01,30\r\n"))
    }
}
