/// A store operation that failed: the SQLite result code, its message and the SQL, as
/// GRDB reports them, plus what to do about it.
package struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The SQLite (extended) result code; 0 when the error is not SQLite's (PostgreSQL's
    /// SQLSTATE is in the message).
    package var code: Int32
    package var message: String
    package var sql: String?
    /// The store file, or the server's URL without its password.
    package var path: String

    package init(code: Int32, message: String, sql: String? = nil, path: String) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
    }

    package var description: String {
        var text = "store \(path): \(message)"
        if code != 0 { text += " (SQLite code \(code))" }
        switch code & 0xFF {
        case 5, 6: text += "; another process held the store too long, try again"
        case 8: text += "; the store is read-only, check the file's permissions"
        case 11, 26: text += "; the file is not a salesops store or is damaged; point --store at another path"
        case 14: text += "; check that the folder exists and is writable"
        default: break
        }
        if let sql { text += "\n  while running: \(sql)" }
        return text
    }
}
