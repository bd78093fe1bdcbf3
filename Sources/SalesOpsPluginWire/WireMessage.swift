/// A request, response or manifest part with a documented JSON shape (plugins/README.md).
///
/// The host and the SDK both encode and decode through these conformances, so the wire
/// format has one definition. `Codable` is provided on top for callers that embed the
/// values in their own documents.
public protocol WireMessage: Sendable, Codable {
    /// Decodes the documented shape; errors name the path of the offending member.
    init(json: JSONValue) throws(WireFormatError)
    /// Encodes the documented shape.
    var json: JSONValue { get }
}

extension WireMessage {
    /// Decodes a message from UTF-8 JSON bytes.
    public init(jsonBytes bytes: some Collection<UInt8>) throws(WireFormatError) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            throw WireFormatError(path: "", message: error.description)
        }
        try self.init(json: value)
    }

    /// Reads the message through `JSONValue`'s `Codable` form, so `Codable` and the wire agree.
    public static func decodeViaJSON(from decoder: any Decoder) throws -> Self {
        try Self(json: JSONValue(from: decoder))
    }
}
