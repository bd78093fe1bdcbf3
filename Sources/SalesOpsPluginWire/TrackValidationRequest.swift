/// Asks a track kind whether a track of its audience is well formed.
///
/// Wire shape: `{"track": {...}}` where `track` is the Track descriptor's `spec` object as
/// written in the catalog (`audience`, `role`/`segment`, `steps[]` with `owner`, …).
public struct TrackValidationRequest: WireMessage, Hashable {
    public var track: JSONValue

    public init(track: JSONValue) {
        self.track = track
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        track = try object.object("track")
    }

    public var json: JSONValue { .object(["track": track]) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
