import SalesOpsBasics
import SalesOpsOnboarding
import Testing

/// Fields of a hires file are read without the whitespace around them, Unicode spaces included.
@Suite struct HireRowTests {
    @Test func fieldsAreTrimmedOfEveryKindOfSpace() throws {
        let text = "person,email,track,start,manager,timezone\n"
            + "  ana ,\u{A0}ana@example.com\u{3000},\tsdr\t, 2026-01-05,m1 , UTC\n"
            + "bob,bob@example.com,sdr,2026-01-06,,\n"
            + "\u{2009}cy\u{2009},,sdr,2026-01-07,\u{A0},Europe/Paris\n"
        let rows = try HireRow.parse(text, knownTracks: ["sdr"]).get()
        let read = rows.map { row in
            [String(row.line), row.person.id, row.person.email ?? "-", row.track, row.start.description,
             row.person.manager ?? "-", row.person.timezone ?? "-"].joined(separator: "|")
        }
        #expect(read == [
            "2|ana|ana@example.com|sdr|2026-01-05|m1|UTC",
            "3|bob|bob@example.com|sdr|2026-01-06|-|-",
            "4|cy|-|sdr|2026-01-07|-|Europe/Paris",
        ])
    }

    @Test func anUnknownTimeZoneIsAProblemOnEveryRowThatGivesIt() throws {
        let text = "person,track,start,timezone\na,sdr,2026-01-05,UTC\nb,sdr,2026-01-05,Mars/Base\nc,sdr,2026-01-05,Mars/Base\n"
        guard case .failure(let problems) = HireRow.parse(text, knownTracks: ["sdr"]) else {
            Issue.record("a file with an unknown time zone was accepted")
            return
        }
        #expect(problems.problems.map(\.line) == [3, 4])
        #expect(problems.problems.map(\.column) == ["timezone", "timezone"])
    }
}
