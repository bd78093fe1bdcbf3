/// One capability as a manifest lists it.
///
/// Wire shape: `{"type": "verifier", "id": "quiz-score", "summary": "...",
/// "parameters": {JSON Schema of params}}`, plus `"trackKind": TrackKindTraits` for a track
/// kind and `"exporter": ExporterTraits` for an exporter. A criterion may list the candidate
/// members it reads, `"candidateFields": ["metadata.name", "spec.dataResidency"]`; the host
/// then sends each candidate cut down to those members, which keeps a call over ten thousand
/// tools within milliseconds. A criterion may also list the catalog kinds it reads,
/// `"reads": ["VendorReview"]`; the host then sends every document of those kinds with each call.
/// A criterion may declare its `"direction"` (`"benefit"` or `"cost"`) and the `"range"` of
/// its values (`{"min": 0, "max": 1}`).
public struct CapabilityDescriptor: WireMessage, Hashable {
    public var type: CapabilityType
    public var id: String
    public var summary: String
    /// A JSON Schema (object) describing the `params` the capability accepts.
    public var parameters: JSONValue
    public var trackKind: TrackKindTraits?
    public var exporter: ExporterTraits?
    /// For a criterion: the dotted paths of the candidate members it reads; nil sends whole candidates.
    public var candidateFields: [String]?
    /// For a criterion: the catalog kinds (`Subscription`, a plugin's `VendorReview`) whose documents it receives.
    public var reads: [String]
    /// For a criterion: whether more is better or worse; nil leaves it to the evaluation (benefit by default).
    public var direction: CriterionDirection?
    /// For a criterion: the values it gives; a score outside is refused.
    public var range: ValueRange?

    public init(type: CapabilityType, id: String, summary: String = "", parameters: JSONValue = ["type": "object"],
                trackKind: TrackKindTraits? = nil, exporter: ExporterTraits? = nil, candidateFields: [String]? = nil,
                reads: [String] = [], direction: CriterionDirection? = nil, range: ValueRange? = nil) {
        self.type = type
        self.id = id
        self.summary = summary
        self.parameters = parameters
        self.trackKind = trackKind
        self.exporter = exporter
        self.candidateFields = candidateFields
        self.reads = reads
        self.direction = direction
        self.range = range
    }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        let typeName = try object.string("type")
        guard let type = CapabilityType(rawValue: typeName) else {
            let known = CapabilityType.allCases.map(\.rawValue).joined(separator: ", ")
            throw WireFormatError(path: object.childPath("type"),
                                  message: "unknown capability type \"\(typeName)\"; expected one of \(known)")
        }
        self.type = type
        id = try object.string("id")
        summary = try object.optionalString("summary") ?? ""
        parameters = try object.object("parameters", default: ["type": "object"])
        trackKind = nil
        exporter = nil
        candidateFields = object.members["candidateFields"].map { _ in [] }
        if candidateFields != nil { candidateFields = try object.strings("candidateFields") }
        reads = try object.strings("reads", default: [])
        direction = nil
        if let name = try object.optionalString("direction") {
            guard let known = CriterionDirection(rawValue: name) else {
                throw WireFormatError(path: object.childPath("direction"), message: "expected \"benefit\" or \"cost\", found \"\(name)\"")
            }
            direction = known
        }
        range = nil
        if let declared = object.members["range"], !declared.isNull {
            range = try ValueRange(json: declared, path: object.childPath("range"))
        }
        switch type {
        case .trackKind:
            trackKind = try TrackKindTraits(json: object.value("trackKind"), path: object.childPath("trackKind"))
        case .exporter:
            exporter = try ExporterTraits(json: object.value("exporter"), path: object.childPath("exporter"))
        case .criterion, .verifier:
            break
        }
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "type": .string(type.rawValue), "id": .string(id), "summary": .string(summary), "parameters": parameters,
        ]
        if let trackKind { members["trackKind"] = trackKind.json }
        if let exporter { members["exporter"] = exporter.json }
        if let candidateFields { members["candidateFields"] = .array(candidateFields.map(JSONValue.string)) }
        if !reads.isEmpty { members["reads"] = .array(reads.map(JSONValue.string)) }
        if let direction { members["direction"] = .string(direction.rawValue) }
        if let range { members["range"] = range.json }
        return .object(members)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
