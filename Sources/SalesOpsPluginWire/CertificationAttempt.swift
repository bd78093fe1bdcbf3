/// One attempt at a certification step, as a verifier sees it.
///
/// Wire shape: `{"person": "ana", "step": "discovery-quiz", "attemptNumber": 2,
/// "date": "2026-03-02", "due": "2026-03-13", "score": 0.85, "evidenceCount": 3,
/// "value": 12, "signedOffBy": "lee"}`. Only `person`, `step` and `date` are required;
/// `attemptNumber` defaults to 1 and `evidenceCount` to 0.
public struct CertificationAttempt: WireMessage, Hashable {
    /// Who made the attempt.
    public var person: String
    /// The track step being certified.
    public var step: String
    /// 1 for the first attempt at this step by this person, 2 for the second, …
    public var attemptNumber: Int
    /// When the attempt was made or the milestone completed, `YYYY-MM-DD`.
    public var date: String
    /// The step's due date, `YYYY-MM-DD`, when it has one.
    public var due: String?
    /// A quiz or assessment score.
    public var score: Double?
    /// How many pieces of evidence were submitted (calls shadowed, demos given…).
    public var evidenceCount: Int
    /// A measured value for threshold checks (active users, emails sent…).
    public var value: Double?
    /// Who signed the attempt off, if anyone.
    public var signedOffBy: String?

    public init(person: String, step: String, attemptNumber: Int = 1, date: String, due: String? = nil,
                score: Double? = nil, evidenceCount: Int = 0, value: Double? = nil, signedOffBy: String? = nil) {
        self.person = person
        self.step = step
        self.attemptNumber = attemptNumber
        self.date = date
        self.due = due
        self.score = score
        self.evidenceCount = evidenceCount
        self.value = value
        self.signedOffBy = signedOffBy
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        person = try object.string("person")
        step = try object.string("step")
        attemptNumber = try object.integer("attemptNumber", default: 1)
        date = try object.string("date")
        due = try object.optionalString("due")
        score = try object.optionalNumber("score")
        evidenceCount = try object.integer("evidenceCount", default: 0)
        value = try object.optionalNumber("value")
        signedOffBy = try object.optionalString("signedOffBy")
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "person": .string(person), "step": .string(step), "attemptNumber": .number(Double(attemptNumber)),
            "date": .string(date), "evidenceCount": .number(Double(evidenceCount)),
        ]
        if let due { members["due"] = .string(due) }
        if let score { members["score"] = .number(score) }
        if let value { members["value"] = .number(value) }
        if let signedOffBy { members["signedOffBy"] = .string(signedOffBy) }
        return .object(members)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
