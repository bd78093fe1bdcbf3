import SalesOpsBasics
import SalesOpsChecklist
import Testing

@Suite struct ChecklistICalendarTests {
    let stamp = UTCTimestamp(date: Sample.date("2026-03-01"), hour: 9, minute: 5, second: 7)

    /// Physical lines as raw octets (split on CRLF), the last empty one dropped.
    func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current)
                current = []
                index += 2
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        #expect(current.isEmpty, "the text must end with CRLF")
        return lines
    }

    /// Logical content lines: continuation lines (leading space) joined back on, octet by
    /// octet as RFC 5545 unfolds (a fold may fall inside a grapheme cluster).
    func unfolded(_ text: String) -> [String] {
        var logical: [[UInt8]] = []
        for line in physicalLines(text) {
            if line.first == UInt8(ascii: " "), !logical.isEmpty {
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        return logical.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func requiredPropertiesAndOneTodoPerItem() {
        let lines = unfolded(Sample.sdr.iCalendar(stamp: stamp, component: .todo))
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains { $0.hasPrefix("PRODID:") })
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == Sample.sdr.items.count)
        #expect(lines.filter { $0 == "END:VTODO" }.count == Sample.sdr.items.count)
        #expect(lines.filter { $0 == "DTSTAMP:20260301T090507Z" }.count == Sample.sdr.items.count)
        #expect(lines.filter { $0.hasPrefix("UID:") && $0.hasSuffix("@salesops") }.count == Sample.sdr.items.count)
        #expect(lines.contains("DUE;VALUE=DATE:20260302"))
        #expect(lines.contains("SUMMARY:Pass the product quiz"))
        #expect(lines.contains("DESCRIPTION:Owner: hire\\nCertification: Product basics\\nStatus: in progress"))
        #expect(lines.filter { $0 == "STATUS:COMPLETED" }.count == 2)
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.contains("STATUS:IN-PROCESS"))
        #expect(lines.filter { $0 == "STATUS:NEEDS-ACTION" }.count == 2)
    }

    @Test func crlfEverywhere() {
        let text = Sample.sdr.iCalendar(stamp: stamp)
        #expect(text.hasSuffix("\r\n"))
        for line in physicalLines(text) {
            #expect(!line.contains(10) && !line.contains(13))
        }
    }

    @Test func textValuesAreEscaped() {
        let checklist = Checklist(person: "P", track: "T", effectiveStart: Sample.date("2026-03-02"), items: [
            ChecklistItem(stepID: "s", title: "Call; then, email\\back\r\nnow\nagain\u{7}", owner: "hire", due: Sample.date("2026-03-02")),
        ])
        let lines = unfolded(checklist.iCalendar(stamp: stamp))
        #expect(lines.contains("SUMMARY:Call\\; then\\, email\\\\back\\nnow\\nagain"))
    }

    @Test(arguments: [
        String(repeating: "a", count: 300),
        String(repeating: "é", count: 120),            // 2-byte characters
        "x" + String(repeating: "日本語", count: 40),     // 3-byte characters, shifted by one
        String(repeating: "👩🏽‍💼", count: 20),         // 4-byte scalars with joiners
    ])
    func longLinesFoldAt75OctetsWithoutSplittingCharacters(title: String) throws {
        let checklist = Checklist(person: "P", track: "T", effectiveStart: Sample.date("2026-03-02"), items: [
            ChecklistItem(stepID: "s", title: title, owner: "hire", due: Sample.date("2026-03-02")),
        ])
        let text = checklist.iCalendar(stamp: stamp)
        let lines = physicalLines(text)
        var folded = 0
        for line in lines {
            #expect(line.count <= 75)
            // Each physical line is valid UTF-8 on its own: no character was cut.
            #expect(String(validating: line, as: UTF8.self) != nil)
            if line.first == UInt8(ascii: " ") { folded += 1 }
        }
        #expect(folded >= 2)
        #expect(unfolded(text).contains("SUMMARY:" + title))
    }

    @Test func uidIsStablePerPersonTrackAndStep() {
        let item = Sample.sdr.items[0]
        let uid = Sample.sdr.uid(for: item)
        #expect(uid == Sample.sdr.uid(for: item))
        #expect(uid.count == 16 + "@salesops".count)
        var other = Sample.sdr
        other.person = "Grace Hopper"
        #expect(other.uid(for: item) != uid)
        #expect(Sample.sdr.uid(for: Sample.sdr.items[1]) != uid)
        // Identical renderings for identical input: re-exports update, never duplicate.
        #expect(Sample.sdr.iCalendar(stamp: stamp) == Sample.sdr.iCalendar(stamp: stamp))
    }

    @Test func timestampText() {
        #expect(UTCTimestamp(secondsSince1970: 0).iCalendarText == "19700101T000000Z")
        #expect(UTCTimestamp(secondsSince1970: 1_772_355_907).iCalendarText == "20260301T090507Z")
        #expect(UTCTimestamp(secondsSince1970: -1).iCalendarText == "19691231T235959Z")
    }
}

@Suite struct ChecklistCalendarEventTests {
    let stamp = UTCTimestamp(date: Sample.date("2026-03-01"), hour: 9, minute: 5, second: 7)

    /// Two steps, one with a description, one past the holiday list (which ends 2026-03-08).
    let checklist = Checklist(
        person: "Ada Lovelace", track: "SDR onboarding", effectiveStart: Sample.date("2026-03-02"),
        holidayListEnd: Sample.date("2026-03-08"),
        items: [
            ChecklistItem(stepID: "quiz", title: "Pass the product quiz", description: "Modules 1-3; 80 % to pass, twice at most.",
                          owner: "hire", due: Sample.date("2026-03-06"), certification: "Product basics", status: .inProgress),
            ChecklistItem(stepID: "crm", title: "Log in to the CRM", owner: "hire", due: Sample.date("2026-03-09"), status: .waived),
        ])

    @Test func allDayEventsByDefault() {
        let uids = checklist.items.map(checklist.uid(for:))
        #expect(checklist.iCalendar(stamp: stamp) == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//salesops//Onboarding checklist//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:SDR onboarding: Ada Lovelace",
            "BEGIN:VEVENT", "UID:\(uids[0])", "DTSTAMP:20260301T090507Z", "DTSTART;VALUE=DATE:20260306",
            "DTEND;VALUE=DATE:20260307", "SUMMARY:Pass the product quiz",
            "DESCRIPTION:Modules 1-3\\; 80 % to pass\\, twice at most.\\n\\nOwner: hire\\nCer",
            " tification: Product basics\\nStatus: in progress",
            "CATEGORIES:SDR onboarding", "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:\(uids[1])", "DTSTAMP:20260301T090507Z", "DTSTART;VALUE=DATE:20260309",
            "DTEND;VALUE=DATE:20260310", "SUMMARY:Log in to the CRM",
            "DESCRIPTION:Owner: hire\\nStatus: waived\\nNote: The calendar lists holidays ",
            " only through 2026-03-08: a date after it may fall on a holiday nobody list",
            " ed.",
            "CATEGORIES:SDR onboarding", "TRANSP:TRANSPARENT", "STATUS:CANCELLED", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n"))
    }

    @Test func eventEndsTheNextDayAcrossMonthAndYear() {
        let newYear = Checklist(person: "P", track: "T", effectiveStart: Sample.date("2026-12-31"), items: [
            ChecklistItem(stepID: "s", title: "S", owner: "hire", due: Sample.date("2026-12-31")),
        ])
        let text = newYear.iCalendar(stamp: stamp)
        #expect(text.contains("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"))
        #expect(!text.contains("VTODO"))
    }

    @Test func onlyItemsPastTheHolidayListAreFlagged() {
        #expect(checklist.items.map(\.pastHolidayList) == [false, true])
        #expect(Checklist(person: "P", track: "T", effectiveStart: Sample.date("2026-03-02"), items: checklist.items)
            .items.map(\.pastHolidayList) == [false, false])
        let markdown = checklist.markdown()
        #expect(markdown.contains("> ⚠ The calendar lists holidays only through 2026-03-08: a date after it may fall on a holiday nobody listed.\n"))
        #expect(markdown.contains("- [x] 2026-03-09 · Log in to the CRM (hire) — *waived* · ⚠ past the calendar's holiday list\n"))
        #expect(markdown.components(separatedBy: "⚠ past the calendar's holiday list").count == 2)
        #expect(checklist.csv().hasSuffix("2026-03-09,,waived,true\r\n"))
        #expect(checklist.html().components(separatedBy: "<span class=\"holidays\">").count == 2)
    }
}
