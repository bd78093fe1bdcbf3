/// One batched criterion call: score every candidate tool for one criterion.
///
/// Wire shape: `{"params": {...}, "team": {...}, "candidates": [{...}, ...]}`. The team and
/// each candidate are catalog descriptors as JSON (`{"metadata": {...}, "spec": {...}}`).
public struct CriterionRequest: WireMessage, Hashable {
    /// The criterion's `params` from the evaluation (a JSON object).
    public var params: JSONValue
    /// The team being evaluated for (a JSON object).
    public var team: JSONValue
    /// One JSON object per candidate tool, in ranking-input order.
    public var candidates: [JSONValue]

    public init(params: JSONValue = .emptyObject, team: JSONValue, candidates: [JSONValue]) {
        self.params = params
        self.team = team
        self.candidates = candidates
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        params = try object.object("params", default: .emptyObject)
        team = try object.object("team", default: .emptyObject)
        candidates = try object.array("candidates")
    }

    public var json: JSONValue {
        .object(["params": params, "team": team, "candidates": .array(candidates)])
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
        writer.append("]}")
        writer.append(0)
        return try body(UnsafeBufferPointer(start: writer.base, count: writer.count - 1))
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
