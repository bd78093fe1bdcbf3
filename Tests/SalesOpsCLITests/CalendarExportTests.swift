import Foundation
import SalesOpsTestSupport
import Testing

/// Checklists as calendar files people import, the holiday list's end flagged in every format,
/// and `catalog validate` warning before a calendar's holidays run out.
@Suite struct CalendarExportTests {
    struct Export: CustomTestStringConvertible, Sendable {
        var golden: String
        var arguments: [String]
        var testDescription: String { golden }
    }

    static let exports = [
        // A person's checklist from the walkthrough's store: all-day events with statuses.
        Export(golden: "checklist-person.ics", arguments: ["checklist", "ana.lima", "--today", "2026-03-20", "--format", "ics"]),
        // A blank checklist running past the calendar's holidays (2027): those steps carry the note.
        Export(golden: "checklist-track-2027.ics",
               arguments: ["checklist", "--track", "sdr-30-60-90", "--start", "2027-11-01", "--today", "2027-10-01", "--format", "ics"]),
        Export(golden: "checklist-person-tasks.ics",
               arguments: ["checklist", "ana.lima", "--today", "2026-03-20", "--format", "ics", "--tasks"]),
        // `export ics`: a person's calendar, and a manager's with each summary naming the person.
        Export(golden: "export-ics-person.ics", arguments: ["export", "ics", "ana.lima", "--today", "2026-03-20"]),
        Export(golden: "export-ics-manager.ics", arguments: ["export", "ics", "--manager", "maya.chen", "--today", "2026-03-20"]),
        Export(golden: "audit-renewals.ics",
               arguments: ["audit", "--team", "midmarket-inbound", "--today", "2026-12-02", "--format", "ics"]),
    ]

    /// Each file compared whole with its golden file, then read by a real iCalendar parser
    /// (Python's `icalendar`, in scripts/check-ics.py) that checks the import rules.
    @Test(arguments: exports)
    func icsMatchesItsGoldenFileAndParses(_ export: Export) throws {
        let store = try JSONContractTests.seeded.get()
        let result = try JSONContractTests.salesops(export.arguments, in: store)
        #expect(result.status == 0, "\(result.stderr)")
        let url = JSONContractTests.folder.appendingPathComponent(export.golden)
        if JSONContractTests.updating {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
        } else {
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(result.stdout == expected, "\(export.golden) differs; if intended, regenerate with SALESOPS_UPDATE_GOLDEN=1")
        }
        let check = try TestProcess.run("/usr/bin/env", ["python3", "scripts/check-ics.py", url.path],
                                        in: CommandLineTests.packageRoot, environment: ProcessInfo.processInfo.environment)
        #expect(check.status == 0, "\(export.golden):\n\(check.stdout)\(check.stderr)")
    }

    @Test func reexportKeepsEveryUID() throws {
        let store = try JSONContractTests.seeded.get()
        func uids(_ today: String) throws -> [Substring] {
            let result = try JSONContractTests.salesops(["checklist", "ana.lima", "--today", today, "--format", "ics"], in: store)
            return result.stdout.split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        // A week later statuses and DTSTAMP change; the UIDs, which calendars match on, do not.
        let before = try uids("2026-03-20")
        #expect(before.count == 17)
        #expect(Set(before).count == before.count)
        #expect(try uids("2026-03-27") == before)
    }

    @Test func tasksOnlyWithIcs() throws {
        let result = try CommandLineTests.salesops(["checklist", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--tasks"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--tasks applies to --format ics only"))
    }

    /// The steps due after 2027 (the last year the us calendar lists) are flagged in each format.
    @Test func pastTheHolidayListIsFlaggedInEveryFormat() throws {
        let base = ["checklist", "--track", "sdr-30-60-90", "--start", "2027-11-01", "--today", "2027-10-01", "--format"]
        let late = ["review-60-day", "ramped-activity-targets", "full-quota", "review-90-day"]
        func run(_ format: String) throws -> String {
            let result = try CommandLineTests.salesops(base + [format])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        let markdown = try run("markdown")
        #expect(markdown.contains("> ⚠ The calendar lists holidays only through 2027-12-31: a date after it may fall on a holiday nobody listed.\n"))
        #expect(markdown.components(separatedBy: " · ⚠ past the calendar's holiday list\n").count - 1 == 4)
        let html = try run("html")
        #expect(html.contains("<p class=\"note\">&#x26A0; The calendar lists holidays only through 2027-12-31"))
        #expect(html.components(separatedBy: "<span class=\"holidays\">&#x26A0; past the calendar&#39;s holiday list</span>").count - 1 == 4)
        let csv = try run("csv").split(separator: "\r\n")
        #expect(csv[0].hasSuffix(",status,pastHolidayList"))
        let flagged = csv.dropFirst().filter { $0.hasSuffix(",true") }.map { $0.split(separator: ",")[3] }
        #expect(flagged.count == 4)
        #expect(late.allSatisfy { flagged.contains(Substring($0)) })
        #expect(csv.dropFirst().filter { $0.hasSuffix(",false") }.count == csv.count - 1 - 4)
        let json = try JSONSerialization.jsonObject(with: Data(try run("json").utf8)) as? [String: Any]
        #expect(json?["holidayListEnd"] as? String == "2027-12-31")
        let items = json?["items"] as? [[String: Any]] ?? []
        #expect(items.filter { $0["pastHolidayList"] as? Bool == true }.count == 4)
        let ics = try run("ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.components(separatedBy: "Note: The calendar lists holidays only through 2027-12-31").count - 1 == 4)
    }

    @Test func validateWarnsAboutCalendarsEndingWithin90Days() throws {
        let soon = try CommandLineTests.salesops(["catalog", "validate", "--today", "2027-10-15"])
        #expect(soon.status == 0, "\(soon.stderr)")
        #expect(soon.stdout.hasPrefix("OK: catalog: "))
        #expect(soon.stderr == """
            salesops: warning: catalog/calendars/eu-2026-2027.yaml:13:5: calendar `eu-2026-2027` lists holidays only through 2027-12-31, \
            which ends in 77 days; add the next year's holidays, or due dates after 2027-12-31 may fall on one
            salesops: warning: catalog/calendars/us-2026-2027.yaml:13:5: calendar `us-2026-2027` lists holidays only through 2027-12-31, \
            which ends in 77 days; add the next year's holidays, or due dates after 2027-12-31 may fall on one

            """)
        let ended = try CommandLineTests.salesops(["catalog", "validate", "--today", "2028-01-02"])
        #expect(ended.status == 0)
        #expect(ended.stderr.contains("lists holidays only through 2027-12-31, which ends 2 days ago;"))
        let early = try CommandLineTests.salesops(["catalog", "validate", "--today", "2027-10-01"])
        #expect(early.status == 0)
        #expect(early.stderr.isEmpty, "\(early.stderr)")
    }
}
