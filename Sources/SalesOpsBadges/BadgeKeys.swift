import Crypto
import Foundation
import SalesOpsBasics

/// The issuer's Ed25519 key that signs credentials, with its key id (`key-1`, `key-2`, … as
/// the store creates and rotates them).
package struct BadgeSigningKey: Sendable {
    package var id: String
    let privateKey: Curve25519.Signing.PrivateKey

    /// The key from its 32-byte seed, as the store keeps it; nil when the seed is not 32 bytes.
    package init?(id: String, seed: [UInt8]) {
        guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else { return nil }
        self.id = id
        privateKey = key
    }

    package var publicKey: BadgePublicKey {
        BadgePublicKey(id: id, bytes: Array(privateKey.publicKey.rawRepresentation))!
    }

    func sign(_ message: [UInt8]) throws -> [UInt8] {
        Array(try privateKey.signature(for: message))
    }
}

/// A public key that checks credentials: its key id and the 32 key bytes.
package struct BadgePublicKey: Sendable, Hashable {
    package var id: String
    package var bytes: [UInt8]

    package init?(id: String, bytes: [UInt8]) {
        guard bytes.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)) != nil else { return nil }
        self.id = id
        self.bytes = bytes
    }

    /// Multikey form: `z6Mk…`.
    package var multibase: String { Multibase.ed25519PublicKey(bytes) }

    /// JSON Web Key (RFC 8037): `{"kty":"OKP","crv":"Ed25519","x":…,"kid":…}`.
    package var jwk: JSONValue {
        let x = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return .object(["kty": .string("OKP"), "crv": .string("Ed25519"), "x": .string(x), "kid": .string(id)])
    }

    func isValid(signature: [UInt8], for message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    /// The keys in a key file: what `salesops badges key --format json` prints (`{"keys": [...]}`),
    /// one entry of it, or a JSON Web Key with a `kid`.
    package static func keys(inFile json: JSONValue) -> [BadgePublicKey] {
        if let list = json["keys"]?.arrayValue { return list.flatMap(keys(inFile:)) }
        guard let id = (json["id"] ?? json["kid"])?.stringValue else { return [] }
        if let multibase = json["publicKeyMultibase"]?.stringValue, let bytes = Multibase.ed25519PublicKey(multibase: multibase) {
            return BadgePublicKey(id: id, bytes: bytes).map { [$0] } ?? []
        }
        if json["kty"]?.stringValue == "OKP", json["crv"]?.stringValue == "Ed25519", let x = json["x"]?.stringValue {
            var base64 = x.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
            if let data = Data(base64Encoded: base64), let key = BadgePublicKey(id: id, bytes: Array(data)) { return [key] }
        }
        return []
    }
}
