import Hummingbird
import SalesOpsApp

/// A request's context: Hummingbird's own, plus who is signed in (by bearer token or session cookie).
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The authenticated account; nil for an anonymous request.
    var account: Account?
    /// The browser session the request came with, for its form token.
    var session: Session?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The account, when its role is one of `roles`: else 401 (nobody signed in) or 403.
    func require(_ roles: Set<AccessRole>) throws -> Account {
        guard let account else { throw APIError(.unauthorized, "sign in: send `Authorization: Bearer TOKEN` (see `salesops token create`)") }
        guard roles.contains(account.role) else {
            throw APIError(.forbidden, "a \(account.role.rawValue) token may not do this")
        }
        return account
    }
}
