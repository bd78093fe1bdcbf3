/// One thing wrong with a track: `{"path": "steps[2].owner", "message": "..."}`.
///
/// `path` is relative to the track's `spec`.
public struct TrackProblem: WireMessage, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        self.path = try object.optionalString("path") ?? ""
        message = try object.string("message")
    }

    public var json: JSONValue { .object(["path": .string(path), "message": .string(message)]) }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
