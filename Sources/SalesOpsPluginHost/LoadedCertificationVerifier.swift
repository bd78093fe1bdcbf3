import SalesOpsPluginWire

/// A verifier from a loaded plugin: forwards each batch of attempts through the C table and
/// checks that every attempt got a result.
struct LoadedCertificationVerifier: CertificationVerifier {
    let plugin: LoadedPlugin
    let id: String
    let summary: String
    let parameters: JSONValue

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let response = try plugin.call(.verifier, id, request: request.json, as: VerificationResponse.self)
        guard response.results.count == request.attempts.count else {
            throw plugin.failure(CapabilityType.verifier.qualifiedName(id), nil,
                                 "returned \(response.results.count) results for \(request.attempts.count) attempts")
        }
        return response.results
    }
}
