/// Asks an exporter to render a report or checklist.
///
/// Wire shape: `{"params": {...}, "payload": <the report or checklist JSON>}`.
public struct ExportRequest: WireMessage, Hashable {
    public var params: JSONValue
    /// The document to render: an evaluation report or a checklist, as its JSON output.
    public var payload: JSONValue

    public init(params: JSONValue = .emptyObject, payload: JSONValue) {
        self.params = params
        self.payload = payload
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        params = try object.object("params", default: .emptyObject)
        payload = try object.value("payload")
    }

    public var json: JSONValue { .object(["params": params, "payload": payload]) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
