import SalesOpsPluginSDK

/// Passes when someone signed the attempt off (optionally one of `params.signers`).
struct ManagerSignoffVerifier: CertificationVerifier {
    let id = "manager-signoff"
    let summary = "Signed off by the manager (or one of params.signers)."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "signers": ["type": "array", "items": ["type": "string"], "description": "Who may sign off; anyone when absent."],
        ],
        "additionalProperties": false,
    ]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let signers = try WireObject(request.params, path: "params").strings("signers", default: [])
        return request.attempts.map { attempt in
            guard let signer = attempt.signedOffBy, !signer.isEmpty else { return .fail("not signed off yet") }
            if !signers.isEmpty, !signers.contains(signer) {
                return .fail("signed off by \(signer), who is not one of \(signers.joined(separator: ", "))")
            }
            return .pass("signed off by \(signer)")
        }
    }
}
