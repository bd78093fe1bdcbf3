/// A catalog kind a plugin adds, as its manifest lists it under `catalogKinds`.
///
/// Wire shape: `{"kind": "VendorReview", "summary": "...", "spec": {JSON Schema of spec}}`.
/// Documents of the kind (`kind: VendorReview`, with the usual `apiVersion` and `metadata`) are
/// loaded with the catalog, their `spec` checked against the schema, and handed as JSON to the
/// criteria that declare they read the kind (`CapabilityDescriptor.reads`).
public struct CatalogKindDescriptor: WireMessage, Hashable {
    /// The `kind:` name: an upper-case letter, then letters and digits (`VendorReview`).
    public var kind: String
    public var summary: String
    /// The JSON Schema (object) of a document's `spec`.
    public var spec: JSONValue

    public init(kind: String, summary: String = "", spec: JSONValue = ["type": "object"]) {
        self.kind = kind
        self.summary = summary
        self.spec = spec
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        kind = try object.string("kind")
        summary = try object.optionalString("summary") ?? ""
        spec = try object.object("spec", default: ["type": "object"])
    }

    public var json: JSONValue {
        .object(["kind": .string(kind), "summary": .string(summary), "spec": spec])
    }

    /// Whether `name` is a valid kind name: an upper-case ASCII letter, then ASCII letters and digits.
    public static func isValidKindName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return false }
        return name.utf8.allSatisfy {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
