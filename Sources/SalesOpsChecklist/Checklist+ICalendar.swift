extension Checklist {
    /// One iCalendar (RFC 5545) VCALENDAR with a VTODO per item: UID stable per person,
    /// track and step (so re-imports update rather than duplicate), DTSTAMP `stamp`,
    /// all-day `DUE;VALUE=DATE`, SUMMARY, DESCRIPTION (owner, certification) and STATUS —
    /// COMPLETED, CANCELLED for waived steps, IN-PROCESS, or NEEDS-ACTION.
    /// CRLF line ends; lines folded at 75 octets.
    public func iCalendar(stamp: UTCTimestamp) -> String {
        var writer = ICalendarWriter(capacity: 256 + items.count * 320)
        let dtstamp = stamp.iCalendarText
        writer.property("BEGIN", "VCALENDAR")
        writer.property("VERSION", "2.0")
        writer.property("PRODID", "-//salesops//Onboarding checklist//EN")
        writer.property("CALSCALE", "GREGORIAN")
        writer.property("METHOD", "PUBLISH")
        writer.textProperty("X-WR-CALNAME", "\(track): \(person)")
        for week in weeks {
            for item in week.items {
                writer.property("BEGIN", "VTODO")
                writer.property("UID", uid(for: item))
                writer.property("DTSTAMP", dtstamp)
                writer.property("DUE;VALUE=DATE", ChecklistText.compact(item.due))
                writer.textProperty("SUMMARY", item.title)
                writer.raw("DESCRIPTION:Owner: ")
                writer.text(item.owner)
                if let certification = item.certification {
                    writer.raw("\\nCertification: ")
                    writer.text(certification)
                }
                writer.endLine()
                writer.textProperty("CATEGORIES", track)
                writer.property("STATUS", Checklist.iCalendarStatus(item.status))
                writer.property("END", "VTODO")
            }
        }
        writer.property("END", "VCALENDAR")
        return writer.text
    }

    /// `<16 hex digits>@salesops`: a 64-bit FNV-1a hash of person, track and step id, so the
    /// same step for the same person keeps its UID across exports and never clashes with
    /// another person's.
    public func uid(for item: ChecklistItem) -> String {
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
