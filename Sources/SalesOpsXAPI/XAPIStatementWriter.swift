import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding

/// Onboarding events as xAPI 1.0.3 statements: an enrolment as `registered`, a completion as
/// `completed`, a waiver as cmi5's `waived`, a certification attempt as `passed` or `failed`.
/// Other events (pauses, transfers…) have no xAPI form and are not written; nor are voided
/// events and the events that void them.
package enum XAPIStatementWriter {
    /// The statements of one enrolment's `events` dated on or after `since`, in the order recorded.
    /// `person` is the enrolled person; each statement names them by their address on its day.
    package static func statements(person: Person, track: Track, events: [OnboardingEvent], since: CalendarDate? = nil) -> [JSONValue] {
        OnboardingEvent.counting(events).filter { since == nil || $0.date >= since! }.compactMap { event in
            statement(event, person: person.asOf(event.date, events: events), track: track)
        }
    }

    /// One event's statement; nil for a kind xAPI has no verb for.
    static func statement(_ event: OnboardingEvent, person: Person, track: Track) -> JSONValue? {
        let verb: XAPIVerb
        var result: [String: JSONValue] = [:]
        var extensions: [String: JSONValue] = [:]
        var note: String?
        switch event.payload {
        case .enrolled:
            verb = .registered
        case .completed(_, let evidence, let given):
            verb = .completed
            result["completion"] = true
            if let evidence { extensions[XAPIVocabulary.evidence] = .number(Double(evidence)) }
            note = given
        case .waived(_, let given):
            verb = .waived
            result["completion"] = true
            result["success"] = true
            note = given
        case .attempted(_, let attempt) where attempt.pending:
            // Not decided yet: xAPI has no verb for it; the attempt that resolves it is exported.
            return nil
        case .attempted(_, let attempt):
            verb = attempt.passed ? .passed : .failed
            result["success"] = .bool(attempt.passed)
            result["completion"] = true
            let given = attempt.submission
            if let score = given.score { result["score"] = ["raw": .number(score)] }
            if let evidence = given.evidence { extensions[XAPIVocabulary.evidence] = .number(Double(evidence)) }
            if let value = given.value { extensions[XAPIVocabulary.value] = .number(value) }
            if let signer = given.signedOffBy { extensions[XAPIVocabulary.signedOffBy] = .string(signer) }
            extensions[XAPIVocabulary.reason] = .string(attempt.reason)
            note = given.note
        default:
            return nil
        }
        if let note { result["response"] = .string(note) }
        if !extensions.isEmpty { result["extensions"] = .object(extensions) }

        let trackActivity = XAPIVocabulary.trackActivity(track.name)
        var object: [String: JSONValue] = ["objectType": "Activity"]
        var context: [String: JSONValue] = [
            "registration": .string(XAPIVocabulary.registration(of: event.enrolment)),
            "platform": "salesops",
        ]
        if let stepID = event.step, let step = track.spec.steps.first(where: { $0.id == stepID }) {
            object["id"] = .string(XAPIVocabulary.stepActivity(stepID, track: track.name, mapping: track.spec.xapi))
            object["definition"] = [
                "name": ["en-US": .string(step.title)],
                "type": step.certification == nil
                    ? "http://adlnet.gov/expapi/activities/lesson" : "http://adlnet.gov/expapi/activities/assessment",
            ]
            context["contextActivities"] = ["parent": [["objectType": "Activity", "id": .string(trackActivity)]]]
        } else if event.step == nil {
            object["id"] = .string(trackActivity)
            object["definition"] = ["name": ["en-US": .string(track.title)],
                                    "type": "http://adlnet.gov/expapi/activities/course"]
        } else {
            // A step the track version no longer has: its activity by the default rule.
            object["id"] = .string(trackActivity + "/" + event.step!)
        }
        var statement: [String: JSONValue] = [
            "id": .string(XAPIVocabulary.statementID(of: event)),
            "actor": actor(person),
            "verb": ["id": .string(verb.rawValue), "display": ["en-US": .string(verb.word)]],
            "object": .object(object),
            "context": .object(context),
            // Noon UTC keeps the event's day the same date in every time zone from UTC-12 to UTC+11.
            "timestamp": .string("\(event.date)T12:00:00Z"),
            "version": "1.0.3",
        ]
        if !result.isEmpty { statement["result"] = .object(result) }
        return .object(statement)
    }

    /// The agent with exactly one identifier: the recorded email, else an account named by the id.
    static func actor(_ person: Person) -> JSONValue {
        if let email = person.email {
            return ["objectType": "Agent", "name": .string(person.id), "mbox": .string("mailto:" + email)]
        }
        return ["objectType": "Agent", "name": .string(person.id),
                "account": ["homePage": .string(XAPIVocabulary.accountHomePage), "name": .string(person.id)]]
    }
}
