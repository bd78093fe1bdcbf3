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

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
