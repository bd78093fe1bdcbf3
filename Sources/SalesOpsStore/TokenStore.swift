import Foundation

/// An access token as stored: its public id, the SHA-256 of the token (hex), the role and
/// person it acts as, and when it was created and revoked (ISO 8601, UTC).
package struct StoredToken: Sendable, Hashable {
    package var id: String
    package var hash: String
    package var role: String
    package var person: String?
    package var createdAt: String
    package var revokedAt: String?

    package init(id: String, hash: String, role: String, person: String?, createdAt: String, revokedAt: String? = nil) {
        self.id = id
        self.hash = hash
        self.role = role
        self.person = person
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

/// Where the server's access tokens live, beside the onboarding data they give access to.
/// Only hashes are stored, so reading the store never yields a usable token.
package protocol TokenStore: AnyObject {
    func addToken(_ token: StoredToken) throws(StoreError)
    /// Every token, revoked ones too, in the order created.
    func tokens() throws(StoreError) -> [StoredToken]
    /// The token with this hash, revoked or not.
    func token(hash: String) throws(StoreError) -> StoredToken?
    /// Marks the token revoked at `at`; false when no unrevoked token has this id.
    func revokeToken(id: String, at: String) throws(StoreError) -> Bool
}

extension SQLiteStore: TokenStore {
    package func addToken(_ token: StoredToken) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.prepare("INSERT INTO tokens(id, hash, role, person, created_at) VALUES (?, ?, ?, ?, ?)")
                .run(binding: token.id, token.hash, token.role, token.person, token.createdAt)
        }
    }

    package func tokens() throws(StoreError) -> [StoredToken] {
        try readTokens("SELECT id, hash, role, person, created_at, revoked_at FROM tokens ORDER BY rowid")
    }

    package func token(hash: String) throws(StoreError) -> StoredToken? {
        try readTokens("SELECT id, hash, role, person, created_at, revoked_at FROM tokens WHERE hash = ?", hash).first
    }

    package func revokeToken(id: String, at: String) throws(StoreError) -> Bool {
        try connection.transaction { () throws(StoreError) -> Bool in
            let find = try connection.prepare("SELECT 1 FROM tokens WHERE id = ? AND revoked_at IS NULL")
            find.bind([id])
            guard try find.step() else { return false }
            try connection.prepare("UPDATE tokens SET revoked_at = ? WHERE id = ?").run(binding: at, id)
            return true
        }
    }

    private func readTokens(_ sql: String, _ values: any SQLiteValue...) throws(StoreError) -> [StoredToken] {
        let statement = try connection.prepare(sql)
        statement.bind(values)
        var found: [StoredToken] = []
        while try statement.step() {
            found.append(StoredToken(id: statement.string(0) ?? "", hash: statement.string(1) ?? "", role: statement.string(2) ?? "",
                                     person: statement.string(3), createdAt: statement.string(4) ?? "", revokedAt: statement.string(5)))
        }
        return found
    }
}
