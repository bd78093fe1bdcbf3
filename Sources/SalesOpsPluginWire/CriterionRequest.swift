/// One batched criterion call: score every candidate tool for one criterion.
///
/// Wire shape: `{"params": {...}, "team": {...}, "candidates": [{...}, ...]}`. The team and
/// each candidate are catalog descriptors as JSON (`{"metadata": {...}, "spec": {...}}`). A
/// criterion that declares `reads` also gets `"documents": {"KIND": [descriptor, ...]}`, every
/// catalog document of each kind it reads.
public struct CriterionRequest: WireMessage, Hashable {
    /// The criterion's `params` from the evaluation (a JSON object).
    public var params: JSONValue
    /// The team being evaluated for (a JSON object).
    public var team: JSONValue
    /// One JSON object per candidate tool, in ranking-input order.
    public var candidates: [JSONValue]
    /// The catalog documents of the kinds the criterion reads, by kind; empty when it reads none.
    public var documents: [String: [JSONValue]]

    public init(params: JSONValue = .emptyObject, team: JSONValue, candidates: [JSONValue], documents: [String: [JSONValue]] = [:]) {
        self.params = params
        self.team = team
        self.candidates = candidates
        self.documents = documents
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        params = try object.object("params", default: .emptyObject)
        team = try object.object("team", default: .emptyObject)
        candidates = try object.array("candidates")
        var documents: [String: [JSONValue]] = [:]
        if object.members["documents"] != nil {
            let byKind = try WireObject(object.object("documents"), path: object.childPath("documents"))
            for kind in byKind.members.keys { documents[kind] = try byKind.array(kind) }
        }
        self.documents = documents
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = ["params": params, "team": team, "candidates": .array(candidates)]
        if !documents.isEmpty { members["documents"] = .object(documents.mapValues(JSONValue.array)) }
        return .object(members)
    }

    /// Calls `body` with this request's JSON text (followed by an uncounted NUL byte), each
    /// candidate cut down by `projection` when one is given. Writing straight from the
    /// projection saves building ten thousand smaller candidates first.
    package func withSerializedBytes<Result, Failure: Error>(
        projectingCandidates projection: JSONProjection?, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let projection else { return try json.withSerializedBytes(body) }
        var writer = JSONByteWriter(capacity: 64 * candidates.count + 4096)
        defer { writer.deallocate() }
        writer.append("{\"params\":")
        writer.write(params, sortedKeys: false)
        writer.append(",\"team\":")
        writer.write(team, sortedKeys: false)
        writer.append(",\"candidates\":[")
        for (index, candidate) in candidates.enumerated() {
            if index > 0 { writer.append(UInt8(ascii: ",")) }
            writer.write(candidate, projection: projection)
        }
        writer.append("]")
        if !documents.isEmpty {
            writer.append(",\"documents\":")
            writer.write(.object(documents.mapValues(JSONValue.array)), sortedKeys: false)
        }
        writer.append("}")
        writer.append(0)
        return try body(UnsafeBufferPointer(start: writer.base, count: writer.count - 1))
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
