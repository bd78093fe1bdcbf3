/// One attempt at a certification step, as a verifier sees it.
///
/// Wire shape: `{"person": "ana", "step": "discovery-quiz", "attemptNumber": 2,
/// "date": "2026-03-02", "due": "2026-03-13", "score": 0.85, "evidenceCount": 3,
/// "value": 12, "signedOffBy": "lee"}`. Only `person`, `step` and `date` are required;
/// `attemptNumber` defaults to 1 and `evidenceCount` to 0.
///
/// ABI version 2 adds the whole attempt: `"evidence": [EvidenceItem, ...]` (then
/// `evidenceCount` is at least their number), `"note"`, `"earlierAttempts": [EarlierAttempt, ...]`
/// (this cycle's, oldest first) and `"personFields"`, the person's public fields
/// (`{"manager": "lee", "timezone": "Europe/Lisbon"}`; never an email address). The host leaves
/// them out for a version-1 plugin.
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
    /// The pieces of evidence, each with its fields (ABI 2).
    public var evidence: [EvidenceItem]
    /// The note given with the attempt (ABI 2).
    public var note: String?
    /// This cycle's earlier attempts at the step, oldest first (ABI 2).
    public var earlierAttempts: [EarlierAttempt]
    /// The person's public fields: `manager`, `timezone`, `contact` where known (ABI 2).
    public var personFields: [String: String]

    public init(person: String, step: String, attemptNumber: Int = 1, date: String, due: String? = nil,
                score: Double? = nil, evidenceCount: Int = 0, value: Double? = nil, signedOffBy: String? = nil,
                evidence: [EvidenceItem] = [], note: String? = nil, earlierAttempts: [EarlierAttempt] = [],
                personFields: [String: String] = [:]) {
        self.person = person
        self.step = step
        self.attemptNumber = attemptNumber
        self.date = date
        self.due = due
        self.score = score
        self.evidenceCount = evidenceCount
        self.value = value
        self.signedOffBy = signedOffBy
        self.evidence = evidence
        self.note = note
        self.earlierAttempts = earlierAttempts
        self.personFields = personFields
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
        var evidence: [EvidenceItem] = []
        if let items = object.members["evidence"], !items.isNull {
            for (index, element) in try object.array("evidence").enumerated() {
                evidence.append(try EvidenceItem(json: element, path: "\(object.childPath("evidence"))[\(index)]"))
            }
        }
        self.evidence = evidence
        note = try object.optionalString("note")
        var earlier: [EarlierAttempt] = []
        if let items = object.members["earlierAttempts"], !items.isNull {
            for (index, element) in try object.array("earlierAttempts").enumerated() {
                earlier.append(try EarlierAttempt(json: element, path: "\(object.childPath("earlierAttempts"))[\(index)]"))
            }
        }
        earlierAttempts = earlier
        personFields = try object.stringMap("personFields")
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
        if !evidence.isEmpty { members["evidence"] = .array(evidence.map(\.json)) }
        if let note { members["note"] = .string(note) }
        if !earlierAttempts.isEmpty { members["earlierAttempts"] = .array(earlierAttempts.map(\.json)) }
        if !personFields.isEmpty { members["personFields"] = .object(personFields.mapValues(JSONValue.string)) }
        return .object(members)
    }

    /// This attempt as a plugin built for `abiVersion` expects it: a version-1 plugin gets the
    /// version-1 shape (the counts and scalars only).
    package func shaped(forABI abiVersion: Int) -> CertificationAttempt {
        guard abiVersion < 2 else { return self }
        return CertificationAttempt(person: person, step: step, attemptNumber: attemptNumber, date: date, due: due, score: score,
                                    evidenceCount: evidenceCount, value: value, signedOffBy: signedOffBy)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
