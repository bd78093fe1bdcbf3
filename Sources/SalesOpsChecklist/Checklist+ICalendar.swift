import SalesOpsBasics
extension Checklist {
    /// What each item becomes in an iCalendar file.
    package enum ICalendarComponent: String, Sendable, CaseIterable {
        /// An all-day VEVENT on the due date: what Google Calendar, Outlook and Apple Calendar import.
        case event
        /// A VTODO due on the due date, with its status: for task apps that read them.
        case todo
    }

    /// One iCalendar (RFC 5545) VCALENDAR with one component per item, by due date.
    ///
    /// Every item has a UID stable per person, track and step (so a re-import updates rather
    /// than duplicates), DTSTAMP `stamp`, SEQUENCE when the item has one, SUMMARY, DESCRIPTION (the step's description, owner,
    /// certification, status, and a note when the date is past the calendar's holiday list) and
    /// CATEGORIES. An `.event` is all-day: `DTSTART;VALUE=DATE` the due date, `DTEND;VALUE=DATE`
    /// the day after, TRANSP:TRANSPARENT (it blocks no time), STATUS:CANCELLED for a waived step.
    /// A `.todo` has `DUE;VALUE=DATE` and STATUS COMPLETED, CANCELLED (waived), IN-PROCESS or
    /// NEEDS-ACTION. CRLF line ends; lines folded at 75 octets.
    package func iCalendar(stamp: UTCTimestamp, component: ICalendarComponent = .event) -> String {
        Self.iCalendar([self], name: "\(track): \(person)", stamp: stamp, component: component)
    }

    /// Several checklists in one VCALENDAR called `name`, each item as `iCalendar(stamp:component:)`
    /// writes it; with `namingPeople` (a manager's reports) each SUMMARY starts with the person.
    package static func iCalendar(_ checklists: [Checklist], name calendarName: String, stamp: UTCTimestamp,
                                  component: ICalendarComponent = .event, namingPeople: Bool = false) -> String {
        var writer = ICalendarWriter(capacity: 256 + checklists.reduce(0) { $0 + $1.items.count } * 400)
        let dtstamp = stamp.iCalendarText
        writer.beginCalendar(product: "Onboarding checklist", name: calendarName)
        let name = component == .event ? "VEVENT" : "VTODO"
        for checklist in checklists {
            checklist.writeItems(to: &writer, dtstamp: dtstamp, component: component, name: name, namingPeople: namingPeople)
        }
        writer.property("END", "VCALENDAR")
        return writer.text
    }

    private func writeItems(to writer: inout ICalendarWriter, dtstamp: String, component: ICalendarComponent, name: String,
                            namingPeople: Bool) {
        for week in weeks {
            for item in week.items {
                writer.property("BEGIN", name)
                writer.property("UID", uid(for: item))
                writer.property("DTSTAMP", dtstamp)
                if let sequence = item.sequence { writer.property("SEQUENCE", String(sequence)) }
                switch component {
                case .event:
                    writer.property("DTSTART;VALUE=DATE", DateText.compact(item.due))
                    writer.property("DTEND;VALUE=DATE", DateText.compact(item.due.adding(days: 1)))
                case .todo:
                    writer.property("DUE;VALUE=DATE", DateText.compact(item.due))
                }
                writer.textProperty("SUMMARY", namingPeople ? "\(person): \(item.title)" : item.title)
                writer.textProperty("DESCRIPTION", description(of: item))
                writer.textProperty("CATEGORIES", track)
                switch component {
                case .event:
                    writer.property("TRANSP", "TRANSPARENT")
                    if item.status == .waived { writer.property("STATUS", "CANCELLED") }
                case .todo:
                    writer.property("STATUS", Checklist.iCalendarStatus(item.status))
                }
                writer.property("END", name)
            }
        }
    }

    /// The DESCRIPTION text: the step's description, then owner, certification and status.
    func description(of item: ChecklistItem) -> String {
        var lines: [String] = []
        if let description = item.description, !description.isEmpty {
            lines.append(description)
            lines.append("")
        }
        lines.append("Owner: " + item.owner)
        if let certification = item.certification { lines.append("Certification: " + certification) }
        lines.append("Status: " + item.status.label)
        if item.pastHolidayList, let holidayListEnd {
            lines.append("Note: " + ChecklistWording.holidayListNote(holidayListEnd))
        }
        return lines.joined(separator: "\n")
    }

    /// `<16 hex digits>@salesops`: a 64-bit FNV-1a hash of person, track and step id, so the
    /// same step for the same person keeps its UID across exports and never clashes with
    /// another person's.
    package func uid(for item: ChecklistItem) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            // A separator no id contains, so ("ab", "c") and ("a", "bc") differ.
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        mix(person)
        mix(track)
        mix(item.stepID)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "@salesops"
    }

    static func iCalendarStatus(_ status: ChecklistItem.Status) -> String {
        switch status {
        case .completed: return "COMPLETED"
        case .waived: return "CANCELLED"
        case .inProgress: return "IN-PROCESS"
        case .pending, .blocked, .overdue: return "NEEDS-ACTION"
        }
    }
}
