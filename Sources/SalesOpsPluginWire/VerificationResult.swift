/// A verifier's decision on one attempt: `{"passed": true, "reason": "score 0.85 ≥ pass mark 0.8"}`.
///
/// ABI version 2 adds `{"pending": true, "reason": "waiting for the review board"}`: not
/// decided yet (`passed` may then be left out). The attempt is recorded as pending and the
/// next attempt at the step resolves it.
public struct VerificationResult: WireMessage, Hashable {
    public var passed: Bool
    /// Not decided yet, waiting for an outside review (ABI 2); `passed` is then false.
    public var pending: Bool
    /// Why, in words a manager can read.
    public var reason: String

    public init(passed: Bool, reason: String, pending: Bool = false) {
        self.passed = passed && !pending
        self.pending = pending
        self.reason = reason
    }

    /// The outcome in one word.
    public var outcome: VerificationOutcome { pending ? .pending : passed ? .passed : .failed }

    /// A pass with its reason.
    public static func pass(_ reason: String) -> VerificationResult { VerificationResult(passed: true, reason: reason) }
    /// A fail with its reason.
    public static func fail(_ reason: String) -> VerificationResult { VerificationResult(passed: false, reason: reason) }
    /// Not decided yet, with what it waits for (ABI 2).
    public static func pending(_ reason: String) -> VerificationResult { VerificationResult(passed: false, reason: reason, pending: true) }

    public init(json: JSONValue) throws(WireFormatError) {
        try self.init(json: json, path: "")
    }

    init(json: JSONValue, path: String) throws(WireFormatError) {
        let object = try WireObject(json, path: path)
        pending = try object.optionalBool("pending") ?? false
        if pending {
            passed = false
        } else {
            passed = try object.bool("passed")
        }
        reason = try object.optionalString("reason") ?? ""
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = ["passed": .bool(passed), "reason": .string(reason)]
        if pending { members["pending"] = .bool(true) }
        return .object(members)
    }

    public init(from decoder: any Decoder) throws { self = try Self.decodeViaJSON(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}
