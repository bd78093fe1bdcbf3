import SalesOpsPluginSDK

/// Passes when the score reaches `passMark` within `maxAttempts` attempts.
struct QuizScoreVerifier: CertificationVerifier {
    let id = "quiz-score"
    let summary = "Quiz score at or above params.passMark, within params.maxAttempts attempts."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "passMark": ["type": "number", "minimum": 0, "maximum": 1_000_000, "description": "Lowest passing score, in the quiz's own scale."],
            "maxAttempts": ["type": "integer", "minimum": 1, "maximum": 100, "description": "Attempts allowed; unlimited when absent."],
        ],
        "required": ["passMark"],
        "additionalProperties": false,
    ]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let params = try WireObject(request.params, path: "params")
        guard let passMark = try params.optionalNumber("passMark") else {
            throw PluginFailure("quiz-score needs params.passMark, e.g. {\"passMark\": 0.8}")
        }
        let maxAttempts = try params.members["maxAttempts"].map { _ in try params.integer("maxAttempts") }
        return request.attempts.map { attempt in
            if let maxAttempts, attempt.attemptNumber > maxAttempts {
                return .fail("attempt \(attempt.attemptNumber) exceeds the limit of \(maxAttempts)")
            }
            guard let score = attempt.score else { return .fail("no score recorded") }
            return score >= passMark
                ? .pass("score \(JSONValue.text(of: score)) ≥ pass mark \(JSONValue.text(of: passMark))")
                : .fail("score \(JSONValue.text(of: score)) < pass mark \(JSONValue.text(of: passMark))")
        }
    }
}
