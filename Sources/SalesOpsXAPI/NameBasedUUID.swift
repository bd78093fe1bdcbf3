import SalesOpsBasics

/// Version 5 (SHA-1, name-based) UUIDs of RFC 9562: the same name always gives the same
/// UUID, so an exported statement or registration keeps its id from one export to the next.
package enum NameBasedUUID {
    /// The RFC's namespace for names that are URLs.
    private static let urlNamespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]

    /// The lowercase UUID of the URL `name`.
    package static func forURL(_ name: String) -> String {
        var bytes = Array(SHA1.digest(of: urlNamespace + Array(name.utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = SHA256.hexString(bytes)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
