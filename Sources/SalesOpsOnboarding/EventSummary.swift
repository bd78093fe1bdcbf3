import SalesOpsBasics

/// A recorded event as a line of a person's history (`onboard history`, the server's person page and API).
package struct EventSummary: Sendable, Encodable {
    package var sequence: Int64
    package var date: String
    package var track: String
    package var event: String
    package var step: String?
    package var detail: String
    package var actor: String
    package var recordedAt: String

    package init(_ event: OnboardingEvent) {
        sequence = event.sequence
        date = event.date.description
        track = event.enrolment.track
        self.event = event.kind.rawValue
        step = event.step
        detail = Self.detail(event)
        actor = event.actor
        recordedAt = event.recordedAt
    }

    /// What the event records beyond its kind and step, in a few words.
    package static func detail(_ event: OnboardingEvent) -> String {
        var parts: [String] = []
        let note: String?
        switch event.payload {
        case .enrolled:
            note = nil
        case .completed(_, let evidence, let given):
            if let evidence { parts.append("evidence \(evidence)") }
            note = given
        case .waived(_, let given):
            note = given
        case .attempted(_, let attempt):
            let given = attempt.submission
            parts.append("attempt \(attempt.number)")
            parts.append(attempt.pending ? "pending" : attempt.passed ? "passed" : "failed")
            if let score = given.score { parts.append("score \(JSONValue.text(of: score))") }
            if let evidence = given.evidence { parts.append("evidence \(evidence)") }
            if let value = given.value { parts.append("value \(JSONValue.text(of: value))") }
            if let signer = given.signedOffBy { parts.append("signed off by \(signer)") }
            // The verifier's reason, unless it only repeats what is already said ("signed off by X").
            if !attempt.reason.isEmpty, !parts.joined(separator: " ").contains(attempt.reason) { parts.append("(\(attempt.reason))") }
            note = given.note
        case .repinned(let from, let to, let given):
            parts.append("version \(from.prefix(12)) → \(to.prefix(12))")
            note = given
        case .withdrawn(let reason):
            parts.append("reason: \(reason)")
            note = nil
        case .paused(let given), .resumed(let given):
            note = given
        case .transferred(let manager, let given):
            parts.append("manager \(manager)")
            note = given
        case .detailsChanged(let details, let given):
            if let email = details.email { parts.append("email \(email)") }
            if let timezone = details.timezone { parts.append("timezone \(timezone)") }
            if let contact = details.contact { parts.append("contact \(contact)") }
            note = given
        case .rescheduled(let start, let given):
            parts.append("start \(start)")
            note = given
        case .reenrolled(let start, let from, let to, let given):
            parts.append("new cycle from \(start)")
            if from != to { parts.append("version \(from.prefix(12)) → \(to.prefix(12))") }
            note = given
        case .voided(let key, let given):
            parts.append("voids \(key)")
            note = given
        }
        if let note { parts.append("note: \(note)") }
        return parts.joined(separator: " ")
    }
}
