/// What one `invoke` answers: the return code and the response JSON bytes.
public struct PluginReply: Sendable, Equatable {
    /// `SALESOPS_PLUGIN_OK` or one of the error codes.
    public let code: Int32
    /// UTF-8 JSON: the response, or `{"error": "..."}` when `code` is not zero.
    public let body: [UInt8]

    public init(code: Int32, body: [UInt8]) {
        self.code = code
        self.body = body
    }

    static func success(_ value: JSONValue) -> PluginReply {
        PluginReply(code: SALESOPS_PLUGIN_OK, body: value.serialized())
    }

    static func failure(_ code: Int32, _ message: String) -> PluginReply {
        PluginReply(code: code, body: ErrorBody(error: message).json.serialized())
    }

    /// The body as text, for tests and logs.
    public var text: String { String(decoding: body, as: UTF8.self) }
}
