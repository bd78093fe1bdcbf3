import SalesOpsPluginSDK

/// Passes when the measured value reaches `params.threshold`, e.g. 10 active users.
struct UsageThresholdVerifier: CertificationVerifier {
    let id = "usage-threshold"
    let summary = "Measured value at or above params.threshold (e.g. 10 active users)."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "threshold": ["type": "number", "minimum": 0, "maximum": 1_000_000_000_000, "description": "Lowest passing value."],
            "metric": ["type": "string", "description": "What is measured, for the reason text (\"active users\")."],
        ],
        "required": ["threshold"],
        "additionalProperties": false,
    ]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let params = try WireObject(request.params, path: "params")
        guard let threshold = try params.optionalNumber("threshold") else {
            throw PluginFailure("usage-threshold needs params.threshold, e.g. {\"threshold\": 10}")
        }
        let metric = try params.optionalString("metric") ?? "usage"
        return request.attempts.map { attempt in
            guard let value = attempt.value else { return .fail("no \(metric) value recorded") }
            let shown = "\(metric) \(JSONValue.text(of: value))"
            return value >= threshold
                ? .pass("\(shown) ≥ \(JSONValue.text(of: threshold))")
                : .fail("\(shown) < \(JSONValue.text(of: threshold))")
        }
    }
}
