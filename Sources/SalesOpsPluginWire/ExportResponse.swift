/// What an exporter rendered: `{"content": "...", "mediaType": "text/markdown"}`.
public struct ExportResponse: WireMessage, Hashable {
    /// The rendered document (text formats only in ABI version 1).
    public var content: String
    public var mediaType: String

    public init(content: String, mediaType: String) {
        self.content = content
        self.mediaType = mediaType
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        content = try object.string("content")
        mediaType = try object.string("mediaType")
    }

    public var json: JSONValue { .object(["content": .string(content), "mediaType": .string(mediaType)]) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
