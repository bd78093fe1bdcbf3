/// Multibase base58btc text (`z…`, the form Data Integrity proofs and Multikey public keys
/// use) and Ed25519 public keys as Multikey values (`z6Mk…`: the multicodec prefix 0xed 0x01
/// before the 32 key bytes).
package enum Multibase {
    private static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let ed25519Prefix: [UInt8] = [0xED, 0x01]

    /// `z` and the bytes in base58btc.
    package static func base58btc(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        // Base-58 digits, least significant first.
        var digits: [UInt8] = []
        for byte in bytes {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let text = Array(repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
        return "z" + String(decoding: text, as: UTF8.self)
    }

    /// The bytes of `z…` base58btc text; nil for another base or a character outside the alphabet.
    package static func bytes(base58btc text: String) -> [UInt8]? {
        guard text.first == "z" else { return nil }
        let characters = Array(text.utf8.dropFirst())
        let zeros = characters.prefix { $0 == alphabet[0] }.count
        // Bytes, least significant first.
        var bytes: [UInt8] = []
        for character in characters {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            var carry = value
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return Array(repeating: 0, count: zeros) + bytes.reversed()
    }

    /// An Ed25519 public key as a Multikey `publicKeyMultibase` value.
    package static func ed25519PublicKey(_ key: [UInt8]) -> String {
        base58btc(ed25519Prefix + key)
    }

    /// The 32 key bytes of a Multikey `publicKeyMultibase` value; nil when it is not an Ed25519 key.
    package static func ed25519PublicKey(multibase text: String) -> [UInt8]? {
        guard let bytes = bytes(base58btc: text), bytes.count == 34, Array(bytes.prefix(2)) == ed25519Prefix else { return nil }
        return Array(bytes.dropFirst(2))
    }
}
