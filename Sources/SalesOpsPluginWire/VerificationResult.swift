/// A verifier's decision on one attempt: `{"passed": true, "reason": "score 0.85 ≥ pass mark 0.8"}`.
public struct VerificationResult: WireMessage, Hashable {
    public var passed: Bool
    /// Why, in words a manager can read.
    public var reason: String

    public init(passed: Bool, reason: String) {
        self.passed = passed
        self.reason = reason
    }

    /// A pass with its reason.
    public static func pass(_ reason: String) -> VerificationResult { VerificationResult(passed: true, reason: reason) }
    /// A fail with its reason.
    public static func fail(_ reason: String) -> VerificationResult { VerificationResult(passed: false, reason: reason) }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        passed = try object.bool("passed")
        reason = try object.optionalString("reason") ?? ""
    }

    public var json: JSONValue {
        .object(["passed": .bool(passed), "reason": .string(reason)])
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
