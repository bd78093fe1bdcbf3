/// An agent's one inverse functional identifier: how a statement names a person.
package enum XAPIActor: Sendable, Hashable, CustomStringConvertible {
    /// A `mailto:` address, kept without `mailto:`.
    case mbox(String)
    /// The SHA-1 of the `mailto:` IRI, 40 lowercase hex digits.
    case mboxSHA1(String)
    case openID(String)
    case account(homePage: String, name: String)

    package var description: String {
        switch self {
        case .mbox(let email): return "mailto:\(email)"
        case .mboxSHA1(let hash): return "mbox_sha1sum \(hash)"
        case .openID(let url): return "openid \(url)"
        case .account(let homePage, let name): return "account \(name) at \(homePage)"
        }
    }
}
