/// What an exporter declares in its manifest entry: `{"mediaType": "text/markdown", "fileExtension": "md"}`.
public struct ExporterTraits: WireMessage, Hashable {
    public var mediaType: String
    /// Without the dot.
    public var fileExtension: String

    public init(mediaType: String, fileExtension: String) {
        self.mediaType = mediaType
        self.fileExtension = fileExtension
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        mediaType = try object.string("mediaType")
        fileExtension = try object.string("fileExtension")
    }

    public var json: JSONValue {
        .object(["mediaType": .string(mediaType), "fileExtension": .string(fileExtension)])
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
