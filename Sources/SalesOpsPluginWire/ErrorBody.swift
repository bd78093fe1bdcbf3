/// The response body that goes with a non-zero `invoke` code: `{"error": "what went wrong"}`.
public struct ErrorBody: WireMessage, Hashable {
    public var error: String

    public init(error: String) {
        self.error = error
    }

    public init(json: JSONValue) throws(WireFormatError) {
        error = try WireObject(json, path: "").string("error")
    }

    public var json: JSONValue { .object(["error": .string(error)]) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
