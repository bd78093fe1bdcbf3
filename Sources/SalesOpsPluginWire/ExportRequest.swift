/// Asks an exporter to render a report or checklist.
///
/// Wire shape: `{"params": {...}, "payload": <the report or checklist JSON>}`.
public struct ExportRequest: WireMessage, Hashable {
    public var params: JSONValue
    /// Which document `payload` is (`evaluation` when a version-1 host sent none).
    public var document: ExportDocument
    /// The document to render, as its command's JSON output (`evaluate`, `checklist`,
    /// `onboard status` or `audit` with `--format json`).
    public var payload: JSONValue

    public init(params: JSONValue = .emptyObject, document: ExportDocument = .evaluation, payload: JSONValue) {
        self.params = params
        self.document = document
        self.payload = payload
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        params = try object.object("params", default: .emptyObject)
        let name = try object.optionalString("document") ?? ExportDocument.evaluation.rawValue
        guard let document = ExportDocument(rawValue: name) else {
            throw WireFormatError(path: object.childPath("document"),
                                  message: "expected one of \(ExportDocument.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.document = document
        payload = try object.value("payload")
    }

    public var json: JSONValue { .object(["params": params, "document": .string(document.rawValue), "payload": payload]) }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
