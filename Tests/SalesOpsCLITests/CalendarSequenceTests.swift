import Foundation
import SalesOpsTestSupport
import Testing

/// `export ics` read back by Python's `icalendar`: exporting again keeps every UID and SEQUENCE,
/// and after a recorded completion every event whose date or text changed carries a higher
/// SEQUENCE, so a calendar app that re-imports the file updates those events.
@Suite struct CalendarSequenceTests {
    struct Event: Equatable {
        var sequence: Int
        var start: String
        var summary: String
        var description: String
    }

    /// The VEVENTs of an .ics text by UID, as the `icalendar` parser reads them.
    static func parse(_ text: String, in folder: URL) throws -> [String: Event] {
        let file = folder.appendingPathComponent("calendar-\(UUID().uuidString).ics")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import icalendar, json, sys
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            print(json.dumps({str(e["UID"]): [int(e.get("SEQUENCE", 0)), e.decoded("DTSTART").isoformat(), str(e["SUMMARY"]), str(e["DESCRIPTION"])]
                              for e in calendar.walk("VEVENT")}))
            """
        let run = try TestProcess.run("/usr/bin/env", ["python3", "-c", script, file.path], in: folder,
                                      environment: ProcessInfo.processInfo.environment)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [Any]] ?? [:]
        return json.mapValues { fields in
            Event(sequence: fields[0] as? Int ?? -1, start: fields[1] as? String ?? "", summary: fields[2] as? String ?? "",
                  description: fields[3] as? String ?? "")
        }
    }

    @Test func sequenceRisesExactlyWhenAnEventChangesAndUIDsStay() throws {
        let folder = try BadgeCommandTests.folder()
        func export(_ today: String) throws -> [String: Event] {
            let run = try JSONContractTests.salesops(["export", "ics", "ana.lima", "--today", today], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            return try Self.parse(run.stdout, in: folder)
        }
        let before = try export("2026-03-20")
        #expect(before.count == 17)
        #expect(try export("2026-03-20") == before)

        let complete = try JSONContractTests.salesops(["onboard", "complete", "ana.lima", "first-sequences-live", "--today", "2026-03-23"], in: folder)
        #expect(complete.status == 0, "\(complete.stderr)")
        let after = try export("2026-03-23")
        #expect(Set(after.keys) == Set(before.keys))
        var changed = 0
        for (uid, old) in before {
            let new = try #require(after[uid])
            if (new.start, new.summary, new.description) != (old.start, old.summary, old.description) {
                changed += 1
                #expect(new.sequence > old.sequence, "\(new.summary): changed, but SEQUENCE \(old.sequence) → \(new.sequence)")
            } else {
                #expect(new.sequence >= old.sequence)
            }
        }
        #expect(changed >= 1)
    }

    @Test func aManagersCalendarNamesEachPersonAndAnUnknownManagerIsRefused() throws {
        let folder = try JSONContractTests.seeded.get()
        let run = try JSONContractTests.salesops(["export", "ics", "--manager", "maya.chen", "--today", "2026-03-20"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let events = try Self.parse(run.stdout, in: folder)
        #expect(Set(events.values.map { String($0.summary.prefix { $0 != ":" }) }) == ["ana.lima", "ben.okafor"])
        let unknown = try JSONContractTests.salesops(["export", "ics", "--manager", "maya.chn"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no manager named `maya.chn` in the store; did you mean `maya.chen`?"))
        let neither = try JSONContractTests.salesops(["export", "ics"], in: folder)
        #expect(neither.status == 2)
    }
}
