import SalesOpsPluginWire

/// A verifier from a loaded plugin: forwards each batch of attempts through the C table and
/// checks that every attempt got a result.
struct LoadedCertificationVerifier: CertificationVerifier {
    let plugin: LoadedPlugin
    let id: String
    let summary: String
    let parameters: JSONValue

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        // A version-1 plugin gets the version-1 shapes, and cannot answer pending.
        let abiVersion = plugin.manifest.abiVersion
        let response = try plugin.call(.verifier, id, request: request.shaped(forABI: abiVersion).json, as: VerificationResponse.self)
        guard response.results.count == request.attempts.count else {
            throw plugin.failure(CapabilityType.verifier.qualifiedName(id), nil,
                                 "returned \(response.results.count) results for \(request.attempts.count) attempts")
        }
        if abiVersion < 2, let index = response.results.firstIndex(where: \.pending) {
            throw plugin.failure(CapabilityType.verifier.qualifiedName(id), nil,
                                 "results[\(index)] is pending, which needs plugin ABI version 2; this plugin declares \(abiVersion)")
        }
        return response.results
    }
}
