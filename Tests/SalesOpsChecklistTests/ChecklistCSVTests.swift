import SalesOpsBasics
import SalesOpsChecklist
import Testing

@Suite struct ChecklistCSVTests {
    @Test func rowsByDueDateWithCRLF() {
        let csv = Sample.sdr.csv()
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "person,track,week,step,title,owner,due,certification,status,pastHolidayList")
        #expect(lines[1] == "Ada Lovelace,SDR onboarding,0,laptop,Ship laptop,enablement,2026-02-26,,completed,false")
        #expect(lines[4] == "Ada Lovelace,SDR onboarding,1,quiz,Pass the product quiz,hire,2026-03-06,Product basics,inProgress,false")
        #expect(lines.last == "")
        #expect(lines.count == Sample.sdr.items.count + 2)
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("plain", "plain"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("x=1", "x=1"),
    ])
    func fieldsAreQuotedAndNeutralised(title: String, expected: String) {
        let checklist = Checklist(person: "P", track: "T", effectiveStart: Sample.date("2026-03-02"), items: [
            ChecklistItem(stepID: "s", title: title, owner: "hire", due: Sample.date("2026-03-02")),
        ])
        // Bytes, not Characters: "\r\n" is a single Character.
        let row = String(decoding: checklist.csv().utf8.dropFirst("person,track,week,step,title,owner,due,certification,status,pastHolidayList\r\n".utf8.count), as: UTF8.self)
        #expect(row == "P,T,1,s,\(expected),hire,2026-03-02,,pending,false\r\n")
    }

    @Test func personAndTrackAreNeutralisedToo() {
        let checklist = Checklist(person: "=cmd|' /C calc'!A0", track: "-T", effectiveStart: Sample.date("2026-03-02"), items: [
            ChecklistItem(stepID: "s", title: "t", owner: "@owner", due: Sample.date("2026-03-02"), certification: "+c"),
        ])
        #expect(checklist.csv().hasSuffix("\r\n'=cmd|' /C calc'!A0,'-T,1,s,t,'@owner,2026-03-02,'+c,pending,false\r\n"))
    }
}
