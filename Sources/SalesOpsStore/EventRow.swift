import SalesOpsBasics
import SalesOpsOnboarding

/// An event's payload as the columns of the `events` table hold it. Each payload case
/// fills exactly its own columns and is read back only when those columns are present,
/// so a damaged row is an error rather than an event with made-up values.
package struct EventRow: Sendable, Hashable {
    package var kind: String
    package var step: String?
    package var note: String?
    package var evidence: Int64?
    package var score: Double?
    package var value: Double?
    package var signedOffBy: String?
    package var attemptNumber: Int64?
    package var passed: Int64?
    package var reason: String?
    package var fromVersion: String?
    package var toVersion: String?
    package var manager: String?
    package var email: String?
    package var timezone: String?
    package var contact: String?
    package var startDate: String?
    /// The idempotency key of the event a `voided` event voids.
    package var voidedKey: String?

    package init(kind: String, step: String? = nil, note: String? = nil, evidence: Int64? = nil, score: Double? = nil, value: Double? = nil,
         signedOffBy: String? = nil, attemptNumber: Int64? = nil, passed: Int64? = nil, reason: String? = nil,
         fromVersion: String? = nil, toVersion: String? = nil, manager: String? = nil, email: String? = nil,
         timezone: String? = nil, contact: String? = nil, startDate: String? = nil, voidedKey: String? = nil) {
        self.kind = kind
        self.step = step
        self.note = note
        self.evidence = evidence
        self.score = score
        self.value = value
        self.signedOffBy = signedOffBy
        self.attemptNumber = attemptNumber
        self.passed = passed
        self.reason = reason
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.manager = manager
        self.email = email
        self.timezone = timezone
        self.contact = contact
        self.startDate = startDate
        self.voidedKey = voidedKey
    }

    package init(_ payload: EventPayload) {
        let kind = payload.kind.rawValue
        switch payload {
        case .enrolled:
            self.init(kind: kind)
        case .completed(let step, let evidence, let note):
            self.init(kind: kind, step: step, note: note, evidence: evidence.map(Int64.init))
        case .waived(let step, let note):
            self.init(kind: kind, step: step, note: note)
        case .attempted(let step, let attempt):
            let given = attempt.submission
            self.init(kind: kind, step: step, note: given.note, evidence: given.evidence.map(Int64.init), score: given.score,
                      value: given.value, signedOffBy: given.signedOffBy, attemptNumber: Int64(attempt.number),
                      passed: attempt.pending ? EventRow.pendingOutcome : attempt.passed ? 1 : 0, reason: attempt.reason)
        case .repinned(let from, let to, let note):
            self.init(kind: kind, note: note, fromVersion: from, toVersion: to)
        case .withdrawn(let reason):
            self.init(kind: kind, reason: reason)
        case .paused(let note), .resumed(let note):
            self.init(kind: kind, note: note)
        case .transferred(let manager, let note):
            self.init(kind: kind, note: note, manager: manager)
        case .detailsChanged(let details, let note):
            self.init(kind: kind, note: note, email: details.email, timezone: details.timezone, contact: details.contact)
        case .rescheduled(let start, let note):
            self.init(kind: kind, note: note, startDate: start.description)
        case .reenrolled(let start, let from, let to, let note):
            self.init(kind: kind, note: note, fromVersion: from, toVersion: to, startDate: start.description)
        case .voided(let key, let note):
            self.init(kind: kind, note: note, voidedKey: key)
        }
    }

    /// The payload this row records, or the column its kind needs and the row lacks.
    package func payload() throws(Missing) -> EventPayload {
        func required<T>(_ value: T?, _ column: String) throws(Missing) -> T {
            guard let value else { throw Missing(column: column) }
            return value
        }
        func date(_ text: String) throws(Missing) -> CalendarDate {
            guard let date = CalendarDate(iso: text) else { throw Missing(column: "start_date") }
            return date
        }
        switch OnboardingEvent.Kind(rawValue: kind) {
        case .enrolled:
            return .enrolled
        case .completed:
            return .completed(step: try required(step, "step"), evidence: evidence.map(Int.init), note: note)
        case .waived:
            return .waived(step: try required(step, "step"), note: note)
        case .attempted:
            let given = EventPayload.Attempt.Submission(score: score, evidence: evidence.map(Int.init), value: value,
                                                        signedOffBy: signedOffBy, note: note)
            let number = Int(try required(attemptNumber, "attempt_number"))
            let outcome = try required(passed, "passed")
            let attempt = EventPayload.Attempt(submission: given, number: number,
                                               passed: outcome == 1, reason: try required(reason, "reason"),
                                               pending: outcome == EventRow.pendingOutcome)
            return .attempted(step: try required(step, "step"), attempt)
        case .repinned:
            return .repinned(from: try required(fromVersion, "from_version"), to: try required(toVersion, "to_version"), note: note)
        case .withdrawn:
            return .withdrawn(reason: try required(reason, "reason"))
        case .paused:
            return .paused(note: note)
        case .resumed:
            return .resumed(note: note)
        case .transferred:
            return .transferred(manager: try required(manager, "manager"), note: note)
        case .detailsChanged:
            let details = PersonDetails(email: email, timezone: timezone, contact: contact)
            guard !details.isEmpty else { throw Missing(column: "email, timezone or contact") }
            return .detailsChanged(details, note: note)
        case .rescheduled:
            return .rescheduled(start: try date(required(startDate, "start_date")), note: note)
        case .reenrolled:
            return .reenrolled(start: try date(required(startDate, "start_date")), from: try required(fromVersion, "from_version"),
                               to: try required(toVersion, "to_version"), note: note)
        case .voided:
            return .voided(key: try required(voidedKey, "voided_key"), note: note)
        case nil:
            throw Missing(column: "kind")
        }
    }

    /// The `passed` column of an attempt the verifier left pending (0 is failed, 1 passed).
    /// The column had no constraint, so the outcome needs no migration in either store.
    package static let pendingOutcome: Int64 = 2

    /// The column a row of its kind must have and does not.
    package struct Missing: Error {
        package var column: String
    }
}
