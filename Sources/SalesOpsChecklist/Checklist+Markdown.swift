import SalesOpsBasics
extension Checklist {
    /// GitHub-flavoured Markdown: a heading, then one task list per working week
    /// (`## Week 1 (2026-03-02 – 2026-03-06)`), `- [x]` for completed and waived steps.
    ///
    /// ```
    /// - [ ] 2026-03-03 · Log in to the CRM (hire)
    /// - [x] 2026-03-04 · Pass the product quiz (hire) · certification: Product basics
    /// ```
    ///
    /// Items due after the calendar's holiday list ends say so, under a note that explains it.
    package func markdown() -> String {
        var out = String()
        // ~80 bytes a line; one allocation for the usual checklist.
        out.reserveCapacity(160 + items.count * 96)
        out.append("# ")
        TextEscaping.appendMarkdown(track, to: &out)
        out.append(": ")
        TextEscaping.appendMarkdown(person, to: &out)
        out.append("\n\nEffective start: ")
        out.append(DateText.iso(effectiveStart))
        out.append("\n")
        if let holidayListEnd, hasItemsPastHolidayList {
            out.append("\n> ⚠ ")
            out.append(ChecklistWording.holidayListNote(holidayListEnd))
            out.append("\n")
        }
        for week in weeks {
            out.append("\n## ")
            out.append(week.title)
            out.append("\n\n")
            for item in week.items {
                out.append(item.status.isDone ? "- [x] " : "- [ ] ")
                out.append(DateText.iso(item.due))
                out.append(" · ")
                TextEscaping.appendMarkdown(item.title, to: &out)
                out.append(" (")
                TextEscaping.appendMarkdown(item.owner, to: &out)
                out.append(")")
                if let certification = item.certification {
                    out.append(" · certification: ")
                    TextEscaping.appendMarkdown(certification, to: &out)
                }
                switch item.status {
                case .pending, .completed:
                    break
                case .inProgress, .waived, .blocked, .overdue:
                    out.append(" — *")
                    out.append(item.status.label)
                    out.append("*")
                }
                if item.pastHolidayList {
                    out.append(" · ⚠ ")
                    out.append(ChecklistWording.pastHolidayListFlag)
                }
                out.append("\n")
            }
        }
        return out
    }
}
