/// An earlier attempt at the same step in the current certification cycle, as a verifier
/// sees it (ABI 2): `{"attemptNumber": 1, "date": "2026-03-02", "outcome": "pending",
/// "reason": "waiting for the review board", "note": "..."}`.
public struct EarlierAttempt: WireMessage, Hashable {
    public var attemptNumber: Int
    /// `YYYY-MM-DD`.
    public var date: String
    public var outcome: VerificationOutcome
    /// The verifier's reason then.
    public var reason: String
    /// The note given with it, if any.
    public var note: String?

    public init(attemptNumber: Int, date: String, outcome: VerificationOutcome, reason: String, note: String? = nil) {
        self.attemptNumber = attemptNumber
        self.date = date
        self.outcome = outcome
        self.reason = reason
        self.note = note
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        attemptNumber = try object.integer("attemptNumber")
        date = try object.string("date")
        let name = try object.string("outcome")
        guard let outcome = VerificationOutcome(rawValue: name) else {
            throw WireFormatError(path: object.childPath("outcome"), message: "expected passed, failed or pending, found \"\(name)\"")
        }
        self.outcome = outcome
        reason = try object.optionalString("reason") ?? ""
        note = try object.optionalString("note")
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "attemptNumber": .number(Double(attemptNumber)), "date": .string(date), "outcome": .string(outcome.rawValue),
            "reason": .string(reason),
        ]
        if let note { members["note"] = .string(note) }
        return .object(members)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
