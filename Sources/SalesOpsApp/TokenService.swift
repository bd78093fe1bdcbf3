import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// What a token lets its holder do on the server.
package enum AccessRole: String, CaseIterable, Sendable, Codable {
    /// Everything.
    case admin
    /// Edits tracks and enrols people; sees everyone.
    case enablement
    /// Sees and signs off only the people reporting to them on the day.
    case manager
    /// A hire or customer contact: their own checklist and evidence only.
    case member
    /// Anonymised views only.
    case viewer

    /// Manager and member tokens act as a person: whose reports, whose checklist.
    package var needsPerson: Bool { self == .manager || self == .member }
}

/// Who a request acts as: the token's role and person.
package struct Account: Sendable, Hashable {
    package var tokenID: String
    package var role: AccessRole
    package var person: String?

    /// The actor recorded on events: the person, else the token (an admin or enablement token for no one).
    package var actor: String { person ?? "token:\(tokenID)" }
}

/// A token as `token list` shows it: never the token itself.
package struct TokenInfo: Sendable, Hashable, Encodable {
    package var id: String
    package var role: AccessRole
    package var person: String?
    package var createdAt: String
    package var revokedAt: String?
}

/// Why a token could not be created, revoked or used.
package enum AccessError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownRole(String)
    case personNeeded(AccessRole)
    case noSuchToken(id: String, known: [String])
    case storeHasNoTokens(location: String)

    package var description: String {
        switch self {
        case .unknownRole(let role):
            let roles = AccessRole.allCases.map(\.rawValue)
            let nearest = Suggestion.nearest(to: role, in: roles).map { "; did you mean \($0)?" } ?? ""
            return "unknown role \"\(role)\"\(nearest) (roles: \(roles.joined(separator: ", ")))"
        case .personNeeded(let role):
            return "a \(role.rawValue) token acts as a person; give --person"
        case let .noSuchToken(id, known):
            let nearest = Suggestion.nearest(to: id, in: known).map { "; did you mean \($0)?" } ?? ""
            return "no active token has id \(id)\(nearest) (`salesops token list` shows them)"
        case .storeHasNoTokens(let location):
            return "the store at \(location) cannot hold access tokens"
        }
    }
}

/// Access tokens for the server, kept in the onboarding store as SHA-256 hashes: a token is
/// shown once, when created, and cannot be read back.
package struct TokenService {
    package var onboarding: OnboardingService

    package init(onboarding: OnboardingService) {
        self.onboarding = onboarding
    }

    /// A new random token for `role` (acting as `person`), and its public id.
    package func create(role: AccessRole, person: String?) throws(AppError) -> (token: String, info: TokenInfo) {
        if role.needsPerson, person == nil { throw .access(.personNeeded(role)) }
        if let person, !Person.isValidID(person) { throw .onboarding(.invalidPersonID(person)) }
        var generator = SystemRandomNumberGenerator()
        let secret = Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let token = "so_" + secret.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let hash = Self.hash(token)
        let stored = StoredToken(id: String(hash.prefix(12)), hash: hash, role: role.rawValue, person: person, createdAt: Dates.nowUTC())
        let store = try tokenStore(writing: true)
        try OnboardingWorkspace.storing { () throws(StoreError) in try store.addToken(stored) }
        return (token, Self.info(stored))
    }

    /// Every token, revoked ones too, oldest first.
    package func list() throws(AppError) -> [TokenInfo] {
        let store = try tokenStore(writing: false)
        return try OnboardingWorkspace.storing { () throws(StoreError) in try store.tokens() }.map(Self.info)
    }

    /// Revokes the token with this id: it stops working at once, sessions signed in with it too.
    package func revoke(id: String) throws(AppError) {
        let store = try tokenStore(writing: false)
        guard try OnboardingWorkspace.storing({ () throws(StoreError) in try store.revokeToken(id: id, at: Dates.nowUTC()) }) else {
            let known = try OnboardingWorkspace.storing { () throws(StoreError) in try store.tokens() }.filter { $0.revokedAt == nil }.map(\.id)
            throw .access(.noSuchToken(id: id, known: known))
        }
    }

    /// The account of an unrevoked token; nil for any other string.
    package func authenticate(_ token: String) throws(AppError) -> Account? {
        guard token.hasPrefix("so_"), token.count < 100 else { return nil }
        let store = try tokenStore(writing: false)
        guard let stored = try OnboardingWorkspace.storing({ () throws(StoreError) in try store.token(hash: Self.hash(token)) }),
              stored.revokedAt == nil, let role = AccessRole(rawValue: stored.role) else { return nil }
        return Account(tokenID: stored.id, role: role, person: stored.person)
    }

    /// The key of a calendar subscription link (`feed` names what it shows) made for the token
    /// `tokenID`: an HMAC under the token's stored hash, so calendar apps, which send no
    /// credentials, can fetch it, and revoking the token ends the link.
    package func calendarKey(tokenID: String, feed: String) throws(AppError) -> String? {
        let store = try tokenStore(writing: false)
        guard let stored = try OnboardingWorkspace.storing({ () throws(StoreError) in try store.tokens() }).first(where: { $0.id == tokenID }),
              stored.revokedAt == nil else { return nil }
        return Self.calendarKey(hash: stored.hash, feed: feed)
    }

    /// The account a calendar link acts as, when its key is right and its token is live.
    package func calendarAccount(tokenID: String, feed: String, key: String) throws(AppError) -> Account? {
        let store = try tokenStore(writing: false)
        guard let stored = try OnboardingWorkspace.storing({ () throws(StoreError) in try store.tokens() }).first(where: { $0.id == tokenID }),
              stored.revokedAt == nil, let role = AccessRole(rawValue: stored.role),
              HMACSHA256.constantTimeEquals(Self.calendarKey(hash: stored.hash, feed: feed), key) else { return nil }
        return Account(tokenID: stored.id, role: role, person: stored.person)
    }

    private static func calendarKey(hash: String, feed: String) -> String {
        HMACSHA256.hex(for: Array(("calendar:" + feed).utf8), key: Array(hash.utf8))
    }

    /// The token's SHA-256, hex: what the store keeps.
    static func hash(_ token: String) -> String {
        SHA256.hex(of: Array(token.utf8))
    }

    private func tokenStore(writing: Bool) throws(AppError) -> any TokenStore {
        let workspace = try onboarding.open(writing: writing)
        let store: any OnboardingStore = workspace.store
        guard let tokens = store as? any TokenStore else { throw .access(.storeHasNoTokens(location: store.location)) }
        return tokens
    }

    private static func info(_ stored: StoredToken) -> TokenInfo {
        TokenInfo(id: stored.id, role: AccessRole(rawValue: stored.role) ?? .viewer, person: stored.person, createdAt: stored.createdAt,
                  revokedAt: stored.revokedAt)
    }
}
