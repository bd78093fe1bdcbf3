import SalesOpsBasics
import SalesOpsCatalog

/// A statement checked against the parts of xAPI 1.0.3 that salesops reads: an id, an actor
/// with exactly one identifier, a verb IRI, an object, a timestamp, and the result and
/// registration when given. Anything else in the statement is left alone.
package struct XAPIStatement: Sendable, Hashable {
    /// What the statement is about.
    package enum Object: Sendable, Hashable {
        case activity(id: String)
        /// Another statement, by id: what a voiding statement voids.
        case statementRef(id: String)
        /// An agent, a group or a sub-statement: nothing an onboarding step can be.
        case other(objectType: String)
    }

    /// The parts of `result` salesops reads.
    package struct Result: Sendable, Hashable {
        package var success: Bool?
        package var completion: Bool?
        package var scaled: Double?
        package var raw: Double?
        package var response: String?
        package var extensions: [String: JSONValue] = [:]
    }

    /// Lowercase, as every id salesops compares.
    package var id: String
    /// Nil for a group: a team, not a person.
    package var actor: XAPIActor?
    package var verb: String
    package var object: Object
    package var result: Result?
    /// `context.registration`, lowercase.
    package var registration: String?
    package var timestamp: XAPITimestamp

    package init(id: String, actor: XAPIActor?, verb: String, object: Object, result: Result? = nil, registration: String? = nil,
                timestamp: XAPITimestamp) {
        self.id = id
        self.actor = actor
        self.verb = verb
        self.object = object
        self.result = result
        self.registration = registration
        self.timestamp = timestamp
    }

    /// Checks `json` as a statement; the first problem found is thrown, with `position`.
    package init(_ json: JSONValue, at position: StatementPosition) throws(XAPIProblem) {
        guard case .object(let members) = json else {
            throw XAPIProblem(position, "expected a statement (a JSON object), found \(json.typeDescription)")
        }
        let rawID = members["id"]?.stringValue
        func problem(_ message: String) -> XAPIProblem { XAPIProblem(position, statement: rawID, message) }
        guard let rawID else {
            throw problem(members["id"] == nil ? "no `id`; statements are imported once each, by id" : "`id` is not a string")
        }
        guard Self.isUUID(rawID) else { throw problem("`id` is not a UUID: \"\(rawID)\"") }
        id = rawID.lowercased()

        guard case .object(let actorMembers)? = members["actor"] else { throw problem("no `actor` object") }
        switch actorMembers["objectType"]?.stringValue ?? "Agent" {
        case "Agent": actor = try Self.identifier(of: actorMembers, problem)
        case "Group": actor = nil
        case let other: throw problem("`actor.objectType` is \"\(other)\"; expected \"Agent\" or \"Group\"")
        }

        guard case .object(let verbMembers)? = members["verb"] else { throw problem("no `verb` object") }
        guard let verbID = verbMembers["id"]?.stringValue, Self.isIRI(verbID) else {
            throw problem("`verb.id` is not an IRI; expected one such as \(XAPIVerb.completed.rawValue)")
        }
        verb = verbID

        guard case .object(let objectMembers)? = members["object"] else { throw problem("no `object`") }
        let objectID = objectMembers["id"]?.stringValue
        switch objectMembers["objectType"]?.stringValue ?? "Activity" {
        case "Activity":
            guard let objectID, Self.isIRI(objectID) else { throw problem("`object.id` is not an IRI; an activity's id is one") }
            object = .activity(id: objectID)
        case "StatementRef":
            guard let objectID, Self.isUUID(objectID) else { throw problem("`object.id` of a StatementRef is not a UUID") }
            object = .statementRef(id: objectID.lowercased())
        case "Agent", "Group", "SubStatement":
            object = .other(objectType: objectMembers["objectType"]?.stringValue ?? "")
        case let other:
            throw problem("`object.objectType` is \"\(other)\"; expected Activity, Agent, Group, StatementRef or SubStatement")
        }
        if verb == XAPIVerb.voided.rawValue, case .activity = object {
            throw problem("a voiding statement's object is a StatementRef, the statement it voids")
        }

        let stamp = members["timestamp"] ?? members["stored"]
        guard let text = stamp?.stringValue else { throw problem("no `timestamp` (nor `stored`); the day it happened is needed") }
        guard let timestamp = XAPITimestamp(text) else {
            throw problem("`timestamp` \"\(text)\" is not an ISO 8601 date and time such as 2026-03-16T14:05:00Z")
        }
        self.timestamp = timestamp

        if let context = members["context"] {
            guard case .object(let contextMembers) = context else { throw problem("`context` is not an object") }
            if let value = contextMembers["registration"] {
                guard let registration = value.stringValue, Self.isUUID(registration) else {
                    throw problem("`context.registration` is not a UUID")
                }
                self.registration = registration.lowercased()
            }
        }
        if let value = members["result"] {
            guard case .object(let resultMembers) = value else { throw problem("`result` is not an object") }
            result = try Self.result(resultMembers, problem)
        }
    }

    /// The one identifier of an agent; none, or more than one, is a problem.
    private static func identifier(of members: [String: JSONValue], _ problem: (String) -> XAPIProblem) throws(XAPIProblem) -> XAPIActor {
        let given = ["mbox", "mbox_sha1sum", "openid", "account"].filter { members[$0] != nil }
        guard given.count == 1 else {
            throw problem(given.isEmpty
                ? "the actor has no identifier; give exactly one of mbox, mbox_sha1sum, openid or account"
                : "the actor has \(given.count) identifiers (\(given.joined(separator: ", "))); xAPI allows exactly one")
        }
        switch given[0] {
        case "mbox":
            guard let mbox = members["mbox"]?.stringValue, mbox.lowercased().hasPrefix("mailto:"), mbox.count > 7 else {
                throw problem("`actor.mbox` is not a mailto: IRI such as mailto:ana.lima@example.com")
            }
            return .mbox(String(mbox.dropFirst(7)))
        case "mbox_sha1sum":
            guard let hash = members["mbox_sha1sum"]?.stringValue, hash.count == 40, hash.allSatisfy(\.isHexDigit) else {
                throw problem("`actor.mbox_sha1sum` is not 40 hex digits")
            }
            return .mboxSHA1(hash.lowercased())
        case "openid":
            guard let url = members["openid"]?.stringValue, isIRI(url) else { throw problem("`actor.openid` is not a URI") }
            return .openID(url)
        default:
            guard case .object(let account)? = members["account"], let homePage = account["homePage"]?.stringValue, isIRI(homePage),
                  let name = account["name"]?.stringValue, !name.isEmpty
            else { throw problem("`actor.account` needs a `homePage` IRL and a `name`") }
            return .account(homePage: homePage, name: name)
        }
    }

    private static func result(_ members: [String: JSONValue], _ problem: (String) -> XAPIProblem) throws(XAPIProblem) -> Result {
        var result = Result()
        if let value = members["success"] {
            guard let flag = value.boolValue else { throw problem("`result.success` is not true or false") }
            result.success = flag
        }
        if let value = members["completion"] {
            guard let flag = value.boolValue else { throw problem("`result.completion` is not true or false") }
            result.completion = flag
        }
        if let value = members["response"] {
            guard let text = value.stringValue else { throw problem("`result.response` is not a string") }
            result.response = text
        }
        if let value = members["score"] {
            guard case .object(let score) = value else { throw problem("`result.score` is not an object") }
            if let scaled = score["scaled"] {
                guard let number = scaled.doubleValue, (-1...1).contains(number) else {
                    throw problem("`result.score.scaled` is not a number from -1 to 1")
                }
                result.scaled = number
            }
            if let raw = score["raw"] {
                guard let number = raw.doubleValue, number.isFinite else { throw problem("`result.score.raw` is not a number") }
                result.raw = number
            }
        }
        if let value = members["extensions"] {
            guard case .object(let extensions) = value else { throw problem("`result.extensions` is not an object") }
            result.extensions = extensions
        }
        return result
    }

    /// 8-4-4-4-12 hex digits.
    package static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// An absolute IRI: a scheme, a colon, and no spaces.
    static func isIRI(_ text: String) -> Bool { XAPIMapping.isAbsoluteIRI(text) }
}
