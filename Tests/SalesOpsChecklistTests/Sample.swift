import SalesOpsBasics
import SalesOpsChecklist

/// A new SDR's first weeks, with one item in each status and a preparation step before day one.
enum Sample {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static let sdr = Checklist(
        person: "Ada Lovelace",
        track: "SDR onboarding",
        effectiveStart: date("2026-03-02"),
        items: [
            ChecklistItem(stepID: "welcome", title: "Welcome call", owner: "manager", due: date("2026-03-02"), status: .completed),
            ChecklistItem(stepID: "laptop", title: "Ship laptop", owner: "enablement", due: date("2026-02-26"), status: .completed),
            ChecklistItem(stepID: "crm", title: "Log in to the CRM", owner: "hire", due: date("2026-03-03"), status: .waived),
            ChecklistItem(stepID: "quiz", title: "Pass the product quiz", owner: "hire", due: date("2026-03-06"),
                          certification: "Product basics", status: .inProgress),
            ChecklistItem(stepID: "shadow", title: "Shadow five discovery calls", owner: "buddy", due: date("2026-03-10")),
            ChecklistItem(stepID: "review", title: "30-day review", owner: "manager", due: date("2026-03-31"), status: .overdue),
        ]
    )
}
