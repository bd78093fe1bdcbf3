/// What a track kind declares up front, in its manifest entry:
/// `{"owners": ["hire", "manager"], "requiredFields": ["role"], "defaultVerifiers": ["quiz-score"]}`.
public struct TrackKindTraits: WireMessage, Hashable {
    /// Step owners a track of this kind may use.
    public var owners: [String]
    /// Members of the track's `spec` that must be present and non-empty.
    public var requiredFields: [String]
    /// Verifier ids offered for this audience when a step names none.
    public var defaultVerifiers: [String]

    public init(owners: [String], requiredFields: [String] = [], defaultVerifiers: [String] = []) {
        self.owners = owners
        self.requiredFields = requiredFields
        self.defaultVerifiers = defaultVerifiers
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        owners = try object.strings("owners")
        requiredFields = try object.strings("requiredFields", default: [])
        defaultVerifiers = try object.strings("defaultVerifiers", default: [])
    }

    public var json: JSONValue {
        .object([
            "owners": .array(owners.map(JSONValue.string)),
            "requiredFields": .array(requiredFields.map(JSONValue.string)),
            "defaultVerifiers": .array(defaultVerifiers.map(JSONValue.string)),
        ])
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
