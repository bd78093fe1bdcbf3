import SalesOpsBasics

/// Someone going through onboarding: a new hire or a customer's contact.
package struct Person: Sendable, Hashable, Codable {
    /// The handle used on the command line and in CSV files (`ana.lima`).
    package var id: String
    package var email: String?
    /// Who signs off and sees this person in `--manager` reports.
    package var manager: String?
    /// IANA time zone; "today" is the person's date there. Absent: the track calendar's zone.
    package var timezone: String?
    /// For a customer: their contact, the one who may sign customer sign-offs.
    package var contact: String?

    package init(id: String, email: String? = nil, manager: String? = nil, timezone: String? = nil, contact: String? = nil) {
        self.id = id
        self.email = email
        self.manager = manager
        self.timezone = timezone
        self.contact = contact
    }

    /// Letters, digits, `.`, `_`, `-` and `@`, 1–64 characters: safe in file names, CSV and shells.
    package static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 64 else { return false }
        return id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "-"), UInt8(ascii: "@"):
                return true
            default:
                return false
            }
        }
    }

    /// The longest email address accepted (RFC 5321's limit for a forward path).
    package static let maxEmailLength = 254

    /// An address with one `@` between a local part and a domain, at most 254 bytes, and no
    /// spaces or control characters.
    package static func isValidEmail(_ email: String) -> Bool {
        guard email.utf8.count <= maxEmailLength else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        // Every ASCII space is at or below 0x20: only other scalars need their Unicode properties.
        return !email.unicodeScalars.contains {
            $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || ($0.value > 0x7F && $0.properties.isWhitespace)
        }
    }

    /// This person with the details of `update` that are given; the others kept.
    package func merged(with update: Person) -> Person {
        Person(id: id, email: update.email ?? email, manager: update.manager ?? manager,
               timezone: update.timezone ?? timezone, contact: update.contact ?? contact)
    }

    /// This person's details on `day`: the stored ones (as given at enrolment) changed by the
    /// transfers and detail changes among `events` dated on or before it, in date order.
    package func asOf(_ day: CalendarDate, events: [OnboardingEvent]) -> Person {
        var person = self
        let changes = events.filter { $0.date <= day && ($0.kind == .transferred || $0.kind == .detailsChanged) }
            .sorted { ($0.date, $0.sequence) < ($1.date, $1.sequence) }
        for event in changes {
            switch event.payload {
            case .transferred(let manager, _):
                person.manager = manager
            case .detailsChanged(let details, _):
                person = person.merged(with: Person(id: id, email: details.email, timezone: details.timezone, contact: details.contact))
            default:
                break
            }
        }
        return person
    }
}
