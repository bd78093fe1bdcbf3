/// What an exporter declares in its manifest entry:
/// `{"mediaType": "text/markdown", "fileExtension": "md", "serves": ["evaluation"]}`.
public struct ExporterTraits: WireMessage, Hashable {
    public var mediaType: String
    /// Without the dot.
    public var fileExtension: String
    /// The documents it renders, each offered as `--format ID` where that document is output:
    /// `evaluation` (evaluate), `checklist` (checklist), `status` (onboard status), `audit`
    /// (audit), `status-anonymized` (onboard status --anonymize: pseudonyms and ISO weeks, never
    /// ids, emails or dates). A manifest without it serves evaluations and checklists, as ABI
    /// version 1 did.
    public var serves: [ExportDocument]

    public init(mediaType: String, fileExtension: String, serves: [ExportDocument] = ExportDocument.versionOneDefault) {
        self.mediaType = mediaType
        self.fileExtension = fileExtension
        self.serves = serves
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        mediaType = try object.string("mediaType")
        fileExtension = try object.string("fileExtension")
        guard object.members["serves"] != nil else {
            serves = ExportDocument.versionOneDefault
            return
        }
        serves = try object.array("serves").enumerated().map { index, item throws(WireFormatError) in
            guard case .string(let name) = item, let document = ExportDocument(rawValue: name) else {
                throw WireFormatError(path: "\(object.childPath("serves"))[\(index)]",
                                      message: "expected one of \(ExportDocument.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return document
        }
    }

    public var json: JSONValue {
        .object(["mediaType": .string(mediaType), "fileExtension": .string(fileExtension),
                 "serves": .array(serves.map { .string($0.rawValue) })])
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

/// A document salesops can hand an exporter: the command's JSON output is the payload.
public enum ExportDocument: String, Sendable, Hashable, CaseIterable {
    case evaluation, checklist, status, audit
    /// `onboard status --anonymize`: only an exporter that declares it gets the anonymised
    /// document, and it never gets the named one instead.
    case statusAnonymized = "status-anonymized"

    /// What an exporter without `serves` renders.
    public static let versionOneDefault: [ExportDocument] = [.evaluation, .checklist]
}
