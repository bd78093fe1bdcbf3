import SalesOpsPluginSDK

/// Passes when enough evidence was submitted, e.g. "shadow 5 discovery calls".
struct EvidenceCountVerifier: CertificationVerifier {
    let id = "evidence-count"
    let summary = "At least params.required pieces of evidence (calls shadowed, demos given…)."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "required": ["type": "integer", "minimum": 1, "maximum": 1000, "description": "How many pieces of evidence pass."],
            "what": ["type": "string", "description": "What counts as evidence, for the reason text."],
        ],
        "required": ["required"],
        "additionalProperties": false,
    ]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let params = try WireObject(request.params, path: "params")
        let required = try params.integer("required")
        let what = try params.optionalString("what") ?? "pieces of evidence"
        return request.attempts.map { attempt in
            attempt.evidenceCount >= required
                ? .pass("\(attempt.evidenceCount) of \(required) \(what)")
                : .fail("\(attempt.evidenceCount) of \(required) \(what); \(required - attempt.evidenceCount) to go")
        }
    }
}
