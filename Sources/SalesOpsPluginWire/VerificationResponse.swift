/// The answer to a `VerificationRequest`: one result per attempt, in the same order.
///
/// Wire shape: `{"results": [{"passed": true, "reason": "..."}, ...]}`.
public struct VerificationResponse: WireMessage, Hashable {
    public var results: [VerificationResult]

    public init(results: [VerificationResult]) {
        self.results = results
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        var results: [VerificationResult] = []
        for (index, element) in try object.array("results").enumerated() {
            results.append(try VerificationResult(json: element, path: "results[\(index)]"))
        }
        self.results = results
    }

    public var json: JSONValue {
        .object(["results": .array(results.map(\.json))])
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
