import Foundation
import SalesOpsBasics
import SalesOpsTestSupport
import Testing

/// The `salesops onboard` and `salesops checklist` commands, run as the built binary against
/// a store in a temporary folder, the shipped catalog and the bundled plugins.
@Suite("salesops onboard (CLI)", .serialized)
struct OnboardCommandTests {
    /// A folder with a store holding: ana.lima (SDR, certification attempts used up), ben,
    /// chloe, acme-corp (from hires.csv) and multi (on two tracks).
    static func seededFolder() throws -> String {
        let folder = try OnboardingFixtures.folder()
        let steps: [[String]] = [
            ["onboard", "import", OnboardingFixtures.fixture("hires.csv"), "--today", "2026-02-20"],
            ["onboard", "enroll", "multi", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--today", "2026-02-20"],
            ["onboard", "enroll", "multi", "--track", "ae-onboarding", "--start", "2026-03-02", "--today", "2026-02-20"],
            ["onboard", "complete", "ana.lima", "product-training", "--today", "2026-03-06"],
            ["onboard", "complete", "ana.lima", "icp-persona-training", "--today", "2026-03-11"],
            ["onboard", "complete", "ana.lima", "messaging-playbook", "--today", "2026-03-12"],
            ["onboard", "complete", "ana.lima", "shadow-discovery-calls", "--evidence", "5", "--today", "2026-03-13"],
            ["onboard", "attempt", "ana.lima", "cold-call-certification", "--score", "50", "--today", "2026-03-16"],
            ["onboard", "attempt", "ana.lima", "cold-call-certification", "--score", "60", "--today", "2026-03-17"],
            ["onboard", "attempt", "ana.lima", "cold-call-certification", "--score", "70", "--today", "2026-03-18"],
        ]
        for arguments in steps {
            let run = try OnboardingFixtures.salesops(arguments, in: folder)
            guard run.status == 0 else {
                throw OnboardingFixtures.Failure(description: "\(arguments.joined(separator: " ")) failed: \(run.errors)")
            }
        }
        return folder
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.prefix(4).joined(separator: " ") + " → " + message }
    }

    static let fixtureCatalog = ["--catalog", OnboardingFixtures.fixtureCatalog]

    static let badInputs: [BadInput] = [
        BadInput(arguments: ["onboard", "enroll", "zoe", "--track", "sdr-30-60-9", "--start", "2026-03-02"],
                 message: "no track named `sdr-30-60-9` in the catalog; did you mean `sdr-30-60-90`?"),
        BadInput(arguments: ["onboard", "enroll", "Zoe Smith", "--track", "sdr-30-60-90", "--start", "2026-03-02"],
                 message: "\"Zoe Smith\" is not a valid person id"),
        BadInput(arguments: ["onboard", "enroll", "zoe", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--timezone", "Mars/Base"],
                 message: "unknown time zone \"Mars/Base\""),
        BadInput(arguments: ["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-09"],
                 message: "ana.lima is already enrolled in sdr-30-60-90 starting 2026-03-02"),
        BadInput(arguments: ["onboard", "enroll", "zoe", "--track", "partner-track", "--start", "2026-03-02"] + fixtureCatalog,
                 message: "track partner-track has audience \"franchisee\", but no plugin provides that track kind (loaded: customer, hire, partner)"),
        BadInput(arguments: ["onboard", "enroll", "zoe", "--track", "bad-owner", "--start", "2026-03-02"] + fixtureCatalog,
                 message: "spec.steps[0].owner: owner \"customer\" is not allowed here"),
        BadInput(arguments: ["onboard", "complete", "ana.lim", "product-training"],
                 message: "no person named `ana.lim` in the store; did you mean `ana.lima`?"),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "product-trainin"],
                 message: "no step named `product-trainin` in track sdr-30-60-90; did you mean `product-training`?"),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "tools-orientation"],
                 message: "step tools-orientation is blocked: accounts-setup is not done yet; complete or waive it first"),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "accounts-setup", "--on", "2026-04-01"],
                 message: "2026-04-01 is after today (2026-03-20)"),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "product-training"],
                 message: "step product-training was already completed on 2026-03-06"),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "review-30-day"],
                 message: "step review-30-day is a certification decided by verifier manager-signoff"),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "accounts-setup", "--track", "csm-onboarding"],
                 message: "ana.lima is not enrolled in csm-onboarding (enrolled in: sdr-30-60-90)"),
        BadInput(arguments: ["onboard", "complete", "multi", "accounts-setup"],
                 message: "multi is enrolled in ae-onboarding and sdr-30-60-90; say which with --track"),
        BadInput(arguments: ["onboard", "waive", "ana.lima", "product-training"],
                 message: "step product-training was already completed on 2026-03-06"),
        BadInput(arguments: ["onboard", "attempt", "ana.lima", "accounts-setup", "--score", "90"],
                 message: "step accounts-setup has no certification; record it with `salesops onboard complete PERSON accounts-setup`"),
        BadInput(arguments: ["onboard", "attempt", "ana.lima", "cold-call-certification", "--score", "95"],
                 message: "step cold-call-certification allows 3 attempts and all are used (last: score 70 < pass mark 80); a further attempt is refused"),
        BadInput(arguments: ["onboard", "attempt", "ana.lima", "review-30-day"],
                 message: "nothing for verifier manager-signoff to check on step review-30-day; give --score N, --evidence N, --value N or --evidence-item FIELDS"),
        BadInput(arguments: ["onboard", "attempt", "ana.lima", "shadow-discovery-calls", "--evidence=-2"],
                 message: "--evidence: expected 0 or more, found -2"),
        BadInput(arguments: ["onboard", "signoff", "ana.lima", "accounts-setup", "--by", "maya.chen"],
                 message: "step accounts-setup has no certification"),
        BadInput(arguments: ["onboard", "signoff", "ana.lima", "review-90-day", "--by", "maya.chen"],
                 message: "step review-90-day is blocked: review-60-day is not done yet"),
        BadInput(arguments: ["onboard", "status", "nobody"], message: "no person named `nobody` in the store"),
        BadInput(arguments: ["onboard", "status", "--cohort", "2026-3"], message: "--cohort: expected a start month as YYYY-MM"),
        BadInput(arguments: ["onboard", "status", "--manager", "maya.chn"],
                 message: "no manager named `maya.chn` in the store; did you mean `maya.chen`?"),
        BadInput(arguments: ["onboard", "overdue", "--track", "sdr-3060-90"],
                 message: "no track named `sdr-3060-90` in the catalog; did you mean `sdr-30-60-90`?"),
        BadInput(arguments: ["onboard", "expiring", "--within", "30x"],
                 message: "--within: expected a period such as 30d, 6w, 12m or 1y, found \"30x\""),
        BadInput(arguments: ["onboard", "history", "ana"], message: "no person named `ana` in the store"),
        BadInput(arguments: ["onboard", "import", "missing.csv"], message: "cannot read missing.csv; check the path"),
        BadInput(arguments: ["onboard", "import", OnboardingFixtures.fixture("hires-unknown-column.csv")],
                 message: "line 1, column mail: unknown column; did you mean \"email\"?"),
        BadInput(arguments: ["checklist", "nobody"], message: "no person named `nobody` in the store"),
        BadInput(arguments: ["checklist", "--track", "sdr-30-60-9", "--start", "2026-03-02"],
                 message: "did you mean `sdr-30-60-90`?"),
    ]

    @Test func everyBadInputIsRefusedWithExit1AndChangesNothing() throws {
        let folder = try Self.seededFolder()
        let store = folder + "/salesops.db"
        let before = try OnboardingFixtures.eventRows(store)
        #expect(before.count > 10)
        for bad in Self.badInputs {
            let run = try OnboardingFixtures.salesops(bad.arguments + ["--today", "2026-03-20"], in: folder)
            #expect(run.status == 1, "\(bad.testDescription): exit \(run.status), stderr \(run.errors)")
            #expect(run.errors.contains(bad.message), "\(bad.testDescription): stderr was \(run.errors)")
            #expect(run.output.isEmpty, "\(bad.testDescription): printed \(run.output)")
            #expect(try OnboardingFixtures.eventRows(store) == before, "\(bad.testDescription) changed the store")
        }
    }

    /// Every date option parses as `CalendarDate`: a bad date is a usage error (exit 2) from
    /// the parser, naming the option and what a date looks like, before anything is read or written.
    static let badDates: [BadInput] = [
        BadInput(arguments: ["onboard", "enroll", "zoe", "--track", "sdr-30-60-90", "--start", "2026-13-01", "--today", "2026-03-20"],
                 message: "Error: The value '2026-13-01' is invalid for '--start <date>': expected a date as YYYY-MM-DD, found \"2026-13-01\""),
        BadInput(arguments: ["onboard", "complete", "ana.lima", "accounts-setup", "--on", "yesterday", "--today", "2026-03-20"],
                 message: "Error: The value 'yesterday' is invalid for '--on <date>': expected a date as YYYY-MM-DD, found \"yesterday\""),
        BadInput(arguments: ["checklist", "--track", "sdr-30-60-90", "--start", "02/03/2026"],
                 message: "Error: The value '02/03/2026' is invalid for '--start <date>': expected a date as YYYY-MM-DD, found \"02/03/2026\""),
        BadInput(arguments: ["onboard", "status", "--today", "2026-02-31"],
                 message: "Error: The value '2026-02-31' is invalid for '--today <date>': expected a date as YYYY-MM-DD, found \"2026-02-31\""),
        BadInput(arguments: ["evaluate", "--team", "t", "--category", "crm", "--today", "tomorrow"],
                 message: "Error: The value 'tomorrow' is invalid for '--today <yyyy-mm-dd>': expected a date as YYYY-MM-DD, found \"tomorrow\""),
    ]

    @Test func aBadDateIsAUsageErrorAndChangesNothing() throws {
        let folder = try Self.seededFolder()
        let store = folder + "/salesops.db"
        let before = try OnboardingFixtures.eventRows(store)
        for bad in Self.badDates {
            let run = try OnboardingFixtures.salesops(bad.arguments, in: folder)
            #expect(run.status == 2, "\(bad.testDescription): exit \(run.status), stderr \(run.errors)")
            #expect(run.errors.hasPrefix(bad.message + "\n"), "\(bad.testDescription): stderr was \(run.errors)")
            #expect(run.output.isEmpty, "\(bad.testDescription): printed \(run.output)")
        }
        #expect(try OnboardingFixtures.eventRows(store) == before)
    }

    @Test func anImportWithBadRowsReportsEachAndImportsNothing() throws {
        let folder = try OnboardingFixtures.folder()
        let file = OnboardingFixtures.fixture("hires-bad-rows.csv")
        let run = try OnboardingFixtures.salesops(["onboard", "import", file, "--today", "2026-02-20"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("\(file): line 3, column track: no track named `sdr-30-60-9O` in the catalog; did you mean `sdr-30-60-90`?"))
        #expect(run.errors.contains("\(file): line 4, column start: expected a date as YYYY-MM-DD, found \"2026-02-30\""))
        #expect(run.errors.contains("\(file): line 4, column timezone: unknown time zone \"Mars/Olympus\""))
        #expect(run.errors.contains("3 problems in \(file); nothing was imported"))
        #expect(try OnboardingFixtures.eventRows(folder + "/salesops.db").isEmpty)
    }

    @Test func reimportingChangesNothing() throws {
        let folder = try OnboardingFixtures.folder()
        let file = OnboardingFixtures.fixture("hires.csv")
        let first = try OnboardingFixtures.salesops(["onboard", "import", file, "--today", "2026-02-20"], in: folder)
        #expect(first.status == 0)
        #expect(first.output.contains("4 enrolments added, 0 already there"))
        let before = try OnboardingFixtures.eventRows(folder + "/salesops.db")
        let again = try OnboardingFixtures.salesops(["onboard", "import", file, "--today", "2026-02-27"], in: folder)
        #expect(again.status == 0)
        #expect(again.output.contains("0 enrolments added, 4 already there"))
        #expect(try OnboardingFixtures.eventRows(folder + "/salesops.db") == before)
    }

    @Test func statusOverdueExpiringHistoryAndChecklists() throws {
        let folder = try Self.seededFolder()
        func run(_ arguments: [String]) throws -> String {
            let result = try OnboardingFixtures.salesops(arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            return result.output
        }
        // Ben passes a certification that expires in 12 months; checked 11 months on it is renewable.
        _ = try run(["onboard", "complete", "ben.okafor", "product-training", "--on", "2026-03-05", "--today", "2026-03-19"])
        _ = try run(["onboard", "complete", "ben.okafor", "sales-methodology", "--today", "2026-03-19"])
        _ = try run(["onboard", "complete", "ben.okafor", "shadow-discovery", "--evidence", "5", "--today", "2026-03-19"])
        let pass = try run(["onboard", "attempt", "ben.okafor", "discovery-certification", "--score", "84", "--today", "2026-03-20"])
        #expect(pass.contains("attempt 1 on 2026-03-20 passed (score 84 ≥ pass mark 80); certified until 2027-03-20"))

        let ana = try run(["onboard", "status", "ana.lima", "--today", "2026-03-20", "--format", "json"])
        let json = try JSONValue(parsing: ana)
        #expect(json["health"] == "late")
        #expect(json["steps"]?.arrayValue?.first { $0["id"] == "cold-call-certification" }?["attemptsInCycle"] == 3)

        let byManager = try run(["onboard", "status", "--by", "manager", "--today", "2026-03-20", "--format", "csv"])
        #expect(byManager.hasPrefix("MANAGER,ENROLMENTS,ON TRACK,AT RISK,LATE,COMPLETED,PAUSED,WITHDRAWN,CERTIFIED,MEDIAN DAYS TO CERTIFY,OVERDUE RATE\n"))
        #expect(byManager.contains("maya.chen,2,"))

        let overdue = try run(["onboard", "overdue", "--manager", "maya.chen", "--today", "2026-03-20", "--format", "json"])
        let rows = try #require(try JSONValue(parsing: overdue).arrayValue)
        #expect(rows.contains { $0["person"] == "ana.lima" && $0["step"] == "accounts-setup" && $0["daysOverdue"] == 17 })

        let expiring = try run(["onboard", "expiring", "--within", "30d", "--today", "2027-02-25"])
        #expect(expiring.contains("ben.okafor"))
        #expect(expiring.contains("discovery-certification  2026-03-20  2027-02-18     2027-03-20  renewal-due"))
        #expect(try run(["onboard", "expiring", "--within", "30d", "--today", "2026-04-01"]) == "No certification expires within 30d.\n")

        let history = try run(["onboard", "history", "ana.lima"])
        #expect(history.contains("enrolled"))
        #expect(history.contains("attempt 3 failed score 70 (score 70 < pass mark 80)"))

        let markdown = try run(["checklist", "ana.lima", "--today", "2026-03-20"])
        #expect(markdown.hasPrefix("# SDR 30-60-90 day onboarding: ana.lima\n"))
        #expect(markdown.contains("- [x] 2026-03-09 · Product training (enablement)"))
        let ics = try run(["checklist", "--track", "smb-customer", "--start", "2026-03-02", "--format", "ics", "--today", "2026-03-01"])
        #expect(ics.contains("DTSTAMP:20260301T000000Z"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20260305"))
        for format in ["html", "csv", "json"] {
            #expect(!(try run(["checklist", "acme-corp", "--format", format, "--today", "2026-03-20"])).isEmpty)
        }
    }

    @Test func anonymisedReportsUseStablePseudonyms() throws {
        let folder = try Self.seededFolder()
        // Each manager has two or three people: shown with k = 2 (tracks merged), merged away with the default 5.
        let arguments = ["onboard", "status", "--anonymize", "--min-group", "2", "--today", "2026-03-20", "--format", "csv"]
        let first = try OnboardingFixtures.salesops(arguments, in: folder)
        let second = try OnboardingFixtures.salesops(arguments, in: folder)
        #expect(first.status == 0)
        #expect(first.output == second.output)
        for id in ["ana.lima", "ben.okafor", "chloe.martin", "acme-corp"] { #expect(!first.output.contains(id)) }
        #expect(first.output.contains(",maya.chen,(other),2026-W10,"))
        let merged = try OnboardingFixtures.salesops(["onboard", "status", "--anonymize", "--today", "2026-03-20", "--format", "csv"],
                                                     in: folder)
        #expect(merged.status == 0)
        let rows = merged.output.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("person-") && $0.contains(",(other),(other),") }, "\(merged.output)")
    }

    @Test func csvReportsNeutraliseFormulas() throws {
        // A manager name a spreadsheet would run as a formula is written as text.
        let folder = try OnboardingFixtures.folder()
        let enrol = try OnboardingFixtures.salesops(
            ["onboard", "enroll", "dana.kim", "--track", "smb-customer", "--start", "2026-03-02",
             "--manager", "@sum", "--today", "2026-03-01"], in: folder)
        #expect(enrol.status == 0, "\(enrol.output)")
        let report = try OnboardingFixtures.salesops(["onboard", "status", "--today", "2026-03-01", "--format", "csv"], in: folder)
        #expect(report.status == 0)
        #expect(report.output.contains("dana.kim,'@sum,"), "\(report.output)")
    }

    @Test func markdownReportsEscapeCells() throws {
        // A pipe would split the table's cell; markup would render.
        let folder = try OnboardingFixtures.folder()
        let enrol = try OnboardingFixtures.salesops(
            ["onboard", "enroll", "dana.kim", "--track", "smb-customer", "--start", "2026-03-02",
             "--manager", "sales_ops_lead", "--today", "2026-03-01"], in: folder)
        #expect(enrol.status == 0, "\(enrol.output)")
        let report = try OnboardingFixtures.salesops(["onboard", "status", "--today", "2026-03-01", "--format", "markdown"], in: folder)
        #expect(report.status == 0)
        #expect(report.output.contains("| dana.kim | sales\\_ops\\_lead |"), "\(report.output)")
    }

    @Test func theShippedCatalogIsFoundWhenSalesopsIsRunThroughPath() throws {
        let folder = try OnboardingFixtures.folder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["salesops", "checklist", "--track", "smb-customer", "--start", "2026-03-02"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["SALESOPS_CATALOG"] = nil
        environment["PATH"] = try OnboardingFixtures.productsFolder() + ":" + (environment["PATH"] ?? "/usr/bin")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.hasPrefix("# SMB customer onboarding: New starter\n"))
    }
}
