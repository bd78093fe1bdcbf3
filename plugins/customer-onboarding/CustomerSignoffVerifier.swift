import SalesOpsPluginSDK

/// Passes when the customer's contact signed the milestone off.
struct CustomerSignoffVerifier: CertificationVerifier {
    let id = "customer-signoff"
    let summary = "Signed off by the customer's contact."
    let parameters: JSONValue = ["type": "object", "additionalProperties": false]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        request.attempts.map { attempt in
            guard let signer = attempt.signedOffBy, !signer.isEmpty else {
                return .fail("the customer has not signed off yet")
            }
            return .pass("signed off by \(signer)")
        }
    }
}
