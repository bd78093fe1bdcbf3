import Foundation
import SalesOpsTestSupport
import Testing

/// `--format ID` reaches a plugin exporter wherever it says it renders the command's document.
@Suite struct ExporterFormatTests {
    static let variables = ["SALESOPS_CATALOG": CommandLineTests.packageRoot.appendingPathComponent("catalog").path]

    static func salesops(_ arguments: [String]) -> TestProcess.Result {
        SalesOpsRun.inProcess(arguments, in: CommandLineTests.packageRoot, variables: variables)
    }

    @Test func theBundledExporterWritesACRMTaskImport() throws {
        let result = Self.salesops(["checklist", "--track", "smb-customer", "--start", "2026-03-02", "--today", "2026-03-01", "--format", "crm-tasks-csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = JSONContractTests.folder.appendingPathComponent("checklist-track-crm-tasks.csv")
        if JSONContractTests.updating { try result.stdout.write(to: golden, atomically: true, encoding: .utf8) }
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// A status list gives each enrolment's next step; one person's status a task per step.
    @Test(arguments: [("onboard-status-crm-tasks.csv", ["onboard", "status", "--today", "2026-03-20", "--format", "crm-tasks-csv"]),
                      ("onboard-status-person-crm-tasks.csv", ["onboard", "status", "ana.lima", "--today", "2026-03-20", "--format", "crm-tasks-csv"])])
    func statusReachesTheExporter(_ golden: String, _ arguments: [String]) throws {
        let store = try JSONContractTests.seeded.get()
        let result = try JSONContractTests.salesops(arguments, in: store)
        #expect(result.status == 0, "\(result.stderr)")
        let file = JSONContractTests.folder.appendingPathComponent(golden)
        if JSONContractTests.updating { try result.stdout.write(to: file, atomically: true, encoding: .utf8) }
        #expect(result.stdout == (try String(contentsOf: file, encoding: .utf8)))
    }

    @Test func reportsWithoutExportersRefuseOne() throws {
        let store = try JSONContractTests.seeded.get()
        let result = try JSONContractTests.salesops(["onboard", "overdue", "--today", "2026-03-20", "--format", "crm-tasks-csv"], in: store)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --format crm-tasks-csv: this report prints table, json, csv or markdown; "
            + "exporters render evaluate, checklist, onboard status and audit"))
    }

    @Test func anExporterOfAnotherDocumentIsRefusedWithTheChoices() {
        let result = Self.salesops(["evaluate", "--today", "2026-11-29", "--format", "crm-tasks-csv"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "salesops: --format crm-tasks-csv: the exporter renders checklist, status, not evaluation; "
            + "no loaded exporter renders evaluations (`salesops plugins list` shows the exporters)\n")
        let unknown = Self.salesops(["checklist", "--track", "smb-customer", "--start", "2026-03-02", "--format", "crm-task-csv"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "salesops: --format crm-task-csv: no such format, and no loaded exporter has that id; exporters for checklists: crm-tasks-csv\n")
    }

    @Test func pluginsInfoSaysWhereAnExporterApplies() {
        let result = Self.salesops(["plugins", "info", "hire-onboarding"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("""
                exporter crm-tasks-csv
                  Onboarding steps as CRM tasks (CSV): Subject, Due Date, Status, Priority, Assignee, Description.
                  media type: text/csv (.csv)
                  renders: checklist, status (as --format crm-tasks-csv)

            """))
    }
}
