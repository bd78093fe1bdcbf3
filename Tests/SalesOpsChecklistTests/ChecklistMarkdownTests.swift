import SalesOpsBasics
import SalesOpsChecklist
import Testing

@Suite struct ChecklistMarkdownTests {
    @Test func groupsByWorkingWeekAndTicksDoneItems() {
        #expect(Sample.sdr.markdown() == """
            # SDR onboarding: Ada Lovelace

            Effective start: 2026-03-02

            ## Before start

            - [x] 2026-02-26 · Ship laptop (enablement)

            ## Week 1 (2026-03-02 – 2026-03-06)

            - [x] 2026-03-02 · Welcome call (manager)
            - [x] 2026-03-03 · Log in to the CRM (hire) — *waived*
            - [ ] 2026-03-06 · Pass the product quiz (hire) · certification: Product basics — *in progress*

            ## Week 2 (2026-03-09 – 2026-03-13)

            - [ ] 2026-03-10 · Shadow five discovery calls (buddy)

            ## Week 5 (2026-03-30 – 2026-04-03)

            - [ ] 2026-03-31 · 30-day review (manager) — *overdue*

            """)
    }

    @Test func midweekStartLabelsWeekOneFromTheStart() {
        let checklist = Checklist(person: "P", track: "T", effectiveStart: Sample.date("2026-03-04"), items: [
            ChecklistItem(stepID: "a", title: "A", owner: "hire", due: Sample.date("2026-03-05")),
            ChecklistItem(stepID: "b", title: "B", owner: "hire", due: Sample.date("2026-03-09")),
        ])
        let headings = checklist.markdown().split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Week 1 (2026-03-04 – 2026-03-06)", "## Week 2 (2026-03-09 – 2026-03-13)"])
    }

    @Test func sundayToThursdayWeeks() {
        // 2026-03-01 is a Sunday.
        let checklist = Checklist(
            person: "P", track: "T", effectiveStart: Sample.date("2026-03-01"),
            weekmask: [true, true, true, true, false, false, true],
            items: [
                ChecklistItem(stepID: "a", title: "A", owner: "hire", due: Sample.date("2026-03-05")),
                ChecklistItem(stepID: "b", title: "B", owner: "hire", due: Sample.date("2026-03-08")),
            ])
        let headings = checklist.markdown().split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Week 1 (2026-03-01 – 2026-03-05)", "## Week 2 (2026-03-08 – 2026-03-12)"])
    }

    @Test func markupInTextIsEscaped() {
        let checklist = Checklist(person: "Bob *the* <b>", track: "T", effectiveStart: Sample.date("2026-03-02"), items: [
            ChecklistItem(stepID: "a", title: "Read [docs](x) & `run`\n- [x] fake", owner: "hire", due: Sample.date("2026-03-02")),
        ])
        let markdown = checklist.markdown()
        #expect(markdown.hasPrefix("# T: Bob \\*the\\* \\<b\\>\n"))
        #expect(markdown.contains("- [ ] 2026-03-02 · Read \\[docs\\](x) &amp; \\`run\\` - \\[x\\] fake (hire)\n"))
    }
}
