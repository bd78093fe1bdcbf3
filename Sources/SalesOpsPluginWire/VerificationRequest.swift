/// One batched verifier call: decide every attempt in the batch.
///
/// Wire shape: `{"params": {...}, "attempts": [CertificationAttempt, ...]}`.
public struct VerificationRequest: WireMessage, Hashable {
    /// The certification's `params` from the track (a JSON object), e.g. `{"passMark": 0.8}`.
    public var params: JSONValue
    public var attempts: [CertificationAttempt]

    public init(params: JSONValue = .emptyObject, attempts: [CertificationAttempt]) {
        self.params = params
        self.attempts = attempts
    }

    public init(json: JSONValue) throws(WireFormatError) {
        let object = try WireObject(json, path: "")
        params = try object.object("params", default: .emptyObject)
        var attempts: [CertificationAttempt] = []
        for (index, element) in try object.array("attempts").enumerated() {
            attempts.append(try CertificationAttempt(json: element, path: "attempts[\(index)]"))
        }
        self.attempts = attempts
    }

    public var json: JSONValue {
        .object(["params": params, "attempts": .array(attempts.map(\.json))])
    }

    /// This request as a plugin built for `abiVersion` expects it.
    package func shaped(forABI abiVersion: Int) -> VerificationRequest {
        VerificationRequest(params: params, attempts: attempts.map { $0.shaped(forABI: abiVersion) })
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
