/// Why badges could not be issued or a credential could not be checked, with the fix.
package enum BadgeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The issuer URL given cannot be an issuer id.
    case invalidIssuer(String)
    /// A credential or key file that cannot be read, or is not JSON.
    case unreadable(path: String, reason: String)
    /// A key file with no Ed25519 public key in a form salesops reads.
    case noKeyInFile(path: String)
    /// A credential that failed a check.
    case notVerified(path: String, check: BadgeVerification.Check, failure: String)

    package var description: String {
        switch self {
        case .invalidIssuer(let id):
            return "--issuer-url: " + (BadgeIssuer.problem(id: id) ?? id)
        case let .unreadable(path, reason):
            return "cannot read \(path): \(reason)"
        case .noKeyInFile(let path):
            return "\(path) holds no Ed25519 public key; give the output of `salesops badges key --format json`, "
                + "or a JSON Web Key with kty OKP, crv Ed25519, x and kid"
        case let .notVerified(path, check, failure):
            return "\(path): NOT VERIFIED: \(check.rawValue): \(failure)"
        }
    }
}
