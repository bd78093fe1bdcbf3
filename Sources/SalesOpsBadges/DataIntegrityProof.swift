import SalesOpsBasics

/// The `eddsa-jcs-2022` cryptosuite of W3C Data Integrity (vc-di-eddsa), embedded as `proof`:
///
/// - the proof configuration is the proof without `proofValue`, carrying the document's `@context`;
/// - the signed bytes are SHA-256(JCS(proof configuration)) followed by SHA-256(JCS(document
///   without `proof`)), JCS being the JSON Canonicalization Scheme (RFC 8785);
/// - `proofValue` is the Ed25519 signature of those 64 bytes in multibase base58btc (`z…`).
///
/// Canonicalisation makes the proof independent of key order and whitespace: a credential
/// re-serialised by any JSON tool still verifies, while any changed value does not.
package enum DataIntegrityProof {
    package static let type = "DataIntegrityProof"
    package static let cryptosuite = "eddsa-jcs-2022"

    /// `document` with a proof by `key`, named `verificationMethod`, made at `created`.
    package static func sign(_ document: JSONValue, verificationMethod: String, key: BadgeSigningKey, created: UTCTimestamp) throws -> JSONValue {
        guard case .object(var members) = document else { return document }
        var proof: [String: JSONValue] = [
            "type": .string(type),
            "cryptosuite": .string(cryptosuite),
            "created": .string(created.isoText),
            "verificationMethod": .string(verificationMethod),
            "proofPurpose": .string("assertionMethod"),
        ]
        if let context = members["@context"] { proof["@context"] = context }
        let signature = try key.sign(signingInput(document: document, proofConfiguration: .object(proof)))
        proof["proofValue"] = .string(Multibase.base58btc(signature))
        members["proof"] = .object(proof)
        return .object(members)
    }

    /// What the Ed25519 signature covers.
    static func signingInput(document: JSONValue, proofConfiguration: JSONValue) -> [UInt8] {
        SHA256.digest(of: proofConfiguration.canonicalBytes) + SHA256.digest(of: document.canonicalBytes)
    }

    /// Why the proof of `secured` does not hold under `key`, or nil when it does.
    package static func problem(_ secured: JSONValue, key: BadgePublicKey) -> String? {
        guard case .object(var document) = secured, case .object(var proof)? = document.removeValue(forKey: "proof") else {
            return "the credential has no proof object"
        }
        guard proof["type"]?.stringValue == type, proof["cryptosuite"]?.stringValue == cryptosuite else {
            return "the proof is not a \(type) with cryptosuite \(cryptosuite)"
        }
        guard let value = proof.removeValue(forKey: "proofValue")?.stringValue,
              let signature = Multibase.bytes(base58btc: value), signature.count == 64 else {
            return "the proof's proofValue is not a base58btc Ed25519 signature (z…)"
        }
        if let context = proof["@context"] {
            // The proof's contexts must lead the document's, and are the ones signed.
            let proofContexts = context.arrayValue ?? [context]
            let documentContexts = document["@context"].map { $0.arrayValue ?? [$0] } ?? []
            guard documentContexts.starts(with: proofContexts) else { return "the proof's @context does not match the credential's" }
            document["@context"] = context
        }
        guard key.isValid(signature: signature, for: signingInput(document: .object(document), proofConfiguration: .object(proof))) else {
            return "the signature does not match the credential: it was changed after signing, or signed by another key"
        }
        return nil
    }
}
