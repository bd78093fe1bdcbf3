/// One piece of evidence submitted with an attempt: a flat object of named text fields, as
/// the person gave them (`{"kind": "call", "customer": "acme", "minutes": "35"}`). Which
/// fields mean what is between the track and its verifier.
public struct EvidenceItem: WireMessage, Hashable {
    public var fields: [String: String]

    public init(fields: [String: String]) {
        self.fields = fields
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        fields = try WireObject(json, path: path).allStrings()
    }

    /// The field named `name`, if given.
    public subscript(name: String) -> String? { fields[name] }

    public var json: JSONValue { .object(fields.mapValues(JSONValue.string)) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
