/// One batched criterion call: score every candidate tool for one criterion.
///
/// Wire shape: `{"params": {...}, "team": {...}, "candidates": [{...}, ...]}`. The team and
/// each candidate are catalog descriptors as JSON (`{"metadata": {...}, "spec": {...}}`). A
/// criterion that declares `reads` also gets `"documents": {"KIND": [descriptor, ...]}`, every
/// catalog document of each kind it reads.
///
/// ABI version 2 adds the evaluation's context: `"today": "2026-03-02"`, `"costs"` (one per
/// candidate, in candidate order: `{"tier": "Pro", "currency": "EUR", "horizonYears": 3,
/// "total": 21600, "totalHigh": 21600}`, or null when no tier covers the team's must-haves at
/// its size) and `"exchangeRates"` (US dollars per unit of each currency, `{"EUR": 1.08}`).
/// The host leaves them out for a version-1 plugin.
public struct CriterionRequest: WireMessage, Hashable {
    /// The criterion's `params` from the evaluation (a JSON object).
    public var params: JSONValue
    /// The team being evaluated for (a JSON object).
    public var team: JSONValue
    /// One JSON object per candidate tool, in ranking-input order.
    public var candidates: [JSONValue]
    /// The catalog documents of the kinds the criterion reads, by kind; empty when it reads none.
    public var documents: [String: [JSONValue]]
    /// The evaluation's "today", `YYYY-MM-DD` (ABI 2; nil from a version-1 host).
    public var today: String?
    /// The host's chosen tier and cost of ownership over the team's horizon, one per candidate
    /// in candidate order; `.null` where no tier fits (ABI 2; empty from a version-1 host).
    public var costs: [JSONValue]
    /// US dollars per unit of each currency the evaluation uses (ABI 2; empty from a version-1 host).
    public var exchangeRates: [String: Double]

    public init(params: JSONValue = .emptyObject, team: JSONValue, candidates: [JSONValue], documents: [String: [JSONValue]] = [:],
                today: String? = nil, costs: [JSONValue] = [], exchangeRates: [String: Double] = [:]) {
        self.params = params
        self.team = team
        self.candidates = candidates
        self.documents = documents
        self.today = today
        self.costs = costs
        self.exchangeRates = exchangeRates
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
        today = try object.optionalString("today")
        if let given = object.members["costs"], !given.isNull {
            costs = try object.array("costs")
        } else {
            costs = []
        }
        exchangeRates = try object.numbers("exchangeRates")
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = ["params": params, "team": team, "candidates": .array(candidates)]
        if !documents.isEmpty { members["documents"] = .object(documents.mapValues(JSONValue.array)) }
        members.merge(contextMembers) { _, new in new }
        return .object(members)
    }

    /// The ABI-2 context members that are set.
    private var contextMembers: [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        if let today { members["today"] = .string(today) }
        if !costs.isEmpty { members["costs"] = .array(costs) }
        if !exchangeRates.isEmpty { members["exchangeRates"] = .object(exchangeRates.mapValues(JSONValue.number)) }
        return members
    }

    /// This request as a plugin built for `abiVersion` expects it: a version-1 plugin gets
    /// the version-1 shape, without the context members.
    package func shaped(forABI abiVersion: Int) -> CriterionRequest {
        guard abiVersion < 2 else { return self }
        return CriterionRequest(params: params, team: team, candidates: candidates, documents: documents)
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
        for (key, value) in contextMembers.sorted(by: { $0.key < $1.key }) {
            writer.append(",")
            writer.write(.string(key), sortedKeys: false)
            writer.append(":")
            writer.write(value, sortedKeys: false)
        }
        writer.append("}")
        writer.append(0)
        return try body(UnsafeBufferPointer(start: writer.base, count: writer.count - 1))
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
