import SalesOpsPluginSDK

/// Decides "shadow N discovery calls" from the calls themselves. Each call is a piece of
/// evidence with the fields `kind=call`, `customer` and its length in `minutes`; calls shorter
/// than `params.minutes` do not count. A call whose length is not known yet (its recording is
/// still being processed) leaves the attempt pending when it could make the difference; the
/// next attempt, with the lengths filled in, decides.
struct CallReviewVerifier: CertificationVerifier {
    let id = "call-review"
    let summary = "At least params.calls customer calls of params.minutes minutes or more, from the evidence items."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "calls": ["type": "integer", "minimum": 1, "description": "How many calls pass."],
            "minutes": ["type": "integer", "minimum": 1, "description": "The shortest call that counts (default 20)."],
        ],
        "required": ["calls"],
        "additionalProperties": false,
    ]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let params = try WireObject(request.params, path: "params")
        let required = try params.integer("calls")
        let minimum = try params.integer("minutes", default: 20)
        return request.attempts.map { attempt in
            let calls = attempt.evidence.filter { $0["kind"] == "call" && $0["customer"] != nil }
            let counted = calls.filter { call in call["minutes"].flatMap { Int($0) }.map { $0 >= minimum } ?? false }
            let waiting = calls.filter { $0["minutes"] == nil }
            let customers = counted.compactMap { $0["customer"] }.joined(separator: ", ")
            if counted.count >= required {
                return .pass("\(counted.count) calls of \(minimum)+ minutes (\(customers))")
            }
            if counted.count + waiting.count >= required {
                return .pending("\(waiting.count) of the calls wait for their recording's length")
            }
            return .fail("\(counted.count) of \(required) calls of \(minimum)+ minutes; \(required - counted.count) to go")
        }
    }
}
