/// What a track kind declares up front, in its manifest entry:
/// `{"owners": ["hire", "manager"], "requiredFields": ["role"], "defaultVerifiers": ["quiz-score"]}`,
/// plus, optionally, `"fields": {JSON Schema}` for the kind's own fields, which a Track of
/// this kind writes under `spec.fields`.
public struct TrackKindTraits: WireMessage, Hashable {
    /// Step owners a track of this kind may use.
    public var owners: [String]
    /// Members of the track's `spec` that must be present and non-empty.
    public var requiredFields: [String]
    /// Verifier ids offered for this audience when a step names none.
    public var defaultVerifiers: [String]
    /// The JSON Schema (object) of the kind's own fields, `spec.fields` in a Track; nil: the kind has none.
    public var fields: JSONValue?

    public init(owners: [String], requiredFields: [String] = [], defaultVerifiers: [String] = [], fields: JSONValue? = nil) {
        self.owners = owners
        self.requiredFields = requiredFields
        self.defaultVerifiers = defaultVerifiers
        self.fields = fields
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        owners = try object.strings("owners")
        requiredFields = try object.strings("requiredFields", default: [])
        defaultVerifiers = try object.strings("defaultVerifiers", default: [])
        // Absent or null: the kind has no fields (JSONValue is nil-literal expressible, so no `?:` here).
        if let declared = object.members["fields"], !declared.isNull {
            fields = try object.object("fields")
        } else {
            fields = nil
        }
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "owners": .array(owners.map(JSONValue.string)),
            "requiredFields": .array(requiredFields.map(JSONValue.string)),
            "defaultVerifiers": .array(defaultVerifiers.map(JSONValue.string)),
        ]
        if let fields { members["fields"] = fields }
        return .object(members)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
