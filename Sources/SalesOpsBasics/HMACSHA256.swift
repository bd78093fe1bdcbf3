/// HMAC-SHA256 (RFC 2104): a keyed hash, so values hashed with a secret key cannot be
/// recovered by hashing guesses without the key (used for stable pseudonyms).
package enum HMACSHA256 {
    private static let blockSize = 64

    /// The 32-byte authentication code of `message` under `key`.
    package static func authenticationCode(for message: some Collection<UInt8>, key: some Collection<UInt8>) -> [UInt8] {
        var block = key.count > blockSize ? SHA256.digest(of: key) : Array(key)
        block.append(contentsOf: repeatElement(0, count: blockSize - block.count))
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// The code as 64 lowercase hex digits.
    package static func hex(for message: some Collection<UInt8>, key: some Collection<UInt8>) -> String {
        SHA256.hexString(authenticationCode(for: message, key: key))
    }
}

extension HMACSHA256 {
    /// Whether two secrets (codes, tokens) are equal, in a time that does not depend on where
    /// they differ, so a guess cannot be refined by timing the answer.
    package static func constantTimeEquals(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
