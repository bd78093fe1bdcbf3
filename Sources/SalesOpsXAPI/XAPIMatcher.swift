import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding

/// An enrolment as statements can name it: its person's addresses and ids, its track's steps
/// and the track's activity mapping.
package struct XAPIEnrolment: Sendable, Hashable {
    package var key: EnrolmentKey
    /// Every address the person has had (given at enrolment or changed since).
    package var emails: [String]
    package var steps: [String]
    package var mapping: XAPIMapping?

    package init(key: EnrolmentKey, emails: [String], steps: [String], mapping: XAPIMapping?) {
        self.key = key
        self.emails = emails
        self.steps = steps
        self.mapping = mapping
    }

    /// The step the activity `id` is on this track: the mapping's activity, else the rest of
    /// the id after the mapping's prefix, else the id's last `/`-separated part.
    package func step(forActivity id: String) -> String? {
        if let step = mapping?.activities?[id] { return step }
        if let prefix = mapping?.activityPrefix, id.hasPrefix(prefix) {
            let rest = String(id.dropFirst(prefix.count).drop { $0 == "/" })
            if steps.contains(rest) { return rest }
        }
        guard let slash = id.lastIndex(of: "/") else { return nil }
        let last = String(id[id.index(after: slash)...])
        return steps.contains(last) ? last : nil
    }
}

/// What a statement asks of an onboarding enrolment.
package enum XAPIRequest: Sendable, Hashable {
    /// `completed` or `satisfied` without a score: the step is done (`evidence` from the
    /// statement's evidence extension, for a certification that counts evidence).
    case complete(step: String, evidence: Int?, note: String?)
    /// `passed` or `failed`, or a completion with a score: an attempt for the step's verifier.
    case attempt(step: String, score: Double?, evidence: Int?, value: Double?, signedOffBy: String?, note: String?)
    /// cmi5's `waived`.
    case waive(step: String, note: String?)
    /// `registered` for the enrolment's track: the enrolment itself, which `onboard enroll` records.
    case enrolment

    package var step: String? {
        switch self {
        case .complete(let step, _, _), .attempt(let step, _, _, _, _, _), .waive(let step, _): return step
        case .enrolment: return nil
        }
    }
}

/// How a statement maps to the store's enrolments.
package enum XAPIMatch: Sendable, Hashable {
    case request(EnrolmentKey, XAPIRequest)
    /// A voiding statement, and the id of the statement it voids.
    case voids(String)
    /// Nothing to record: the reason, in words.
    case unmatched(XAPIUnmatched)
}

/// Why a valid statement records nothing.
package struct XAPIUnmatched: Sendable, Hashable {
    package enum Reason: String, Sendable, Hashable, Encodable {
        case person, step, verb, refused
    }

    package var reason: Reason
    package var message: String

    package init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }
}

/// Matches statements to enrolments: the actor to a person by `mbox`, `mbox_sha1sum` or
/// `account` (its name is a person's id or address), the activity to one of their steps.
package struct XAPIMatcher: Sendable {
    private let enrolments: [XAPIEnrolment]
    private var people: [String: Set<String>] = [:]
    private var byEmail: [String: Set<String>] = [:]
    private var byEmailHash: [String: Set<String>] = [:]

    package init(enrolments: [XAPIEnrolment]) {
        self.enrolments = enrolments
        for enrolment in enrolments {
            let person = enrolment.key.person
            people[person, default: []].insert(person)
            for email in enrolment.emails {
                byEmail[email.lowercased(), default: []].insert(person)
                // Platforms hash the address as they hold it, often lower-cased.
                for form in Set([email, email.lowercased()]) {
                    byEmailHash[SHA1.hex(of: Array(("mailto:" + form).utf8)), default: []].insert(person)
                }
            }
        }
    }

    package func match(_ statement: XAPIStatement) -> XAPIMatch {
        // Whoever voids (often an administrator) need not be the person the voided statement is about.
        if statement.verb == XAPIVerb.voided.rawValue, case .statementRef(let id) = statement.object { return .voids(id) }
        guard let actor = statement.actor else { return .unmatched(XAPIUnmatched(.person, "the actor is a group, not a person")) }
        let found: Set<String>
        switch actor {
        case .mbox(let email): found = byEmail[email.lowercased()] ?? []
        case .mboxSHA1(let hash): found = byEmailHash[hash] ?? []
        case .openID: found = []
        case .account(_, let name): found = (people[name] ?? []).union(byEmail[name.lowercased()] ?? [])
        }
        guard found.count == 1, let person = found.first else {
            return .unmatched(XAPIUnmatched(.person, found.isEmpty
                ? "no enrolled person has \(actor); enrol them or record their email"
                : "\(actor) belongs to several people (\(found.sorted().joined(separator: ", ")))"))
        }
        let tracks = enrolments.filter { $0.key.person == person }
        guard let verb = XAPIVerb(rawValue: statement.verb), verb != .voided else {
            return .unmatched(XAPIUnmatched(.verb, "verb \(statement.verb) records nothing"))
        }
        guard case .activity(let activity) = statement.object else {
            return .unmatched(XAPIUnmatched(.step, "the object is not an activity"))
        }
        if verb == .registered {
            let track = activity.split(separator: "/").last.map(String.init)
            guard let enrolment = tracks.first(where: { $0.key.track == track || registration($0.key) == statement.registration }) else {
                return .unmatched(XAPIUnmatched(.step, "\(person) is not enrolled on a track that is activity \(activity); enrol them with onboard enroll"))
            }
            return .request(enrolment.key, .enrolment)
        }
        var candidates = tracks.compactMap { enrolment in enrolment.step(forActivity: activity).map { (enrolment.key, $0) } }
        if candidates.count > 1, let registration = statement.registration {
            candidates = candidates.filter { self.registration($0.0) == registration }
        }
        guard candidates.count == 1, let match = candidates.first else {
            let names = tracks.map(\.key.track).joined(separator: ", ")
            return .unmatched(XAPIUnmatched(.step, candidates.isEmpty
                ? "activity \(activity) is no step of \(person)'s track\(tracks.count == 1 ? "" : "s") \(names); map it in the track's xapi.activities"
                : "activity \(activity) is a step of several of \(person)'s tracks (\(candidates.map(\.0.track).joined(separator: ", "))); give context.registration"))
        }
        return .request(match.0, Self.request(verb, step: match.1, result: statement.result))
    }

    /// The request a mapped verb makes of `step`. A score is `result.score.raw`, else
    /// `scaled` × 100: the verifiers' pass marks are in the quiz's scale, usually percent.
    package static func request(_ verb: XAPIVerb, step: String, result: XAPIStatement.Result?) -> XAPIRequest {
        let score = result?.raw ?? result?.scaled.map { $0 * 100 }
        let extensions = result?.extensions ?? [:]
        let evidence = extensions[XAPIVocabulary.evidence]?.intValue
        let note = result?.response
        switch verb {
        case .passed, .failed:
            return .attempt(step: step, score: score, evidence: evidence, value: extensions[XAPIVocabulary.value]?.doubleValue,
                            signedOffBy: extensions[XAPIVocabulary.signedOffBy]?.stringValue, note: note)
        case .completed, .satisfied:
            if score != nil { return .attempt(step: step, score: score, evidence: evidence, value: nil, signedOffBy: nil, note: note) }
            return .complete(step: step, evidence: evidence, note: note)
        case .waived:
            return .waive(step: step, note: note)
        case .registered, .voided:
            return .enrolment
        }
    }

    /// The registration of `key`, as exports write it in `context.registration`.
    private func registration(_ key: EnrolmentKey) -> String { XAPIVocabulary.registration(of: key) }
}
