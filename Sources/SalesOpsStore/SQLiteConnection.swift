import CSQLite

/// One open SQLite database file: opening with the store's pragmas, running SQL,
/// transactions. Not shared between threads.
final class SQLiteConnection: TransactionalConnection {
    let handle: OpaquePointer
    let path: String

    /// Opens `path` (creating it when `create` is set) in WAL mode, with foreign keys on and
    /// writers waiting up to `busyTimeout` milliseconds for each other instead of failing.
    init(path: String, create: Bool = true, busyTimeout: Int32 = 30_000) throws(StoreError) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0)
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw StoreError(code: code, message: message, path: path)
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeout)
        try execute("PRAGMA journal_mode = WAL")
        // NORMAL in WAL mode is durable across application crashes; a power loss can only
        // lose the last transactions, never corrupt the file.
        try execute("PRAGMA synchronous = NORMAL")
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit { sqlite3_close_v2(handle) }

    func error(_ code: Int32, sql: String?) -> StoreError {
        StoreError(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path)
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw StoreError(code: code, message: text, sql: sql, path: path)
        }
    }

    func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    private var cache: [String: SQLiteStatement] = [:]

    /// A statement prepared once per connection, reset and unbound: for look-ups run once per
    /// row of an import, where compiling the SQL would cost more than running it. The caller
    /// resets it after reading, so it holds no read snapshot open.
    func prepareCached(_ sql: String) throws(StoreError) -> SQLiteStatement {
        if let statement = cache[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        cache[sql] = statement
        return statement
    }

    var errorLocation: String { path }

    /// Runs `body` in an IMMEDIATE transaction (the write lock is taken up front, so two
    /// writers queue on busy_timeout instead of failing mid-way); any error rolls back.
    /// Inside another transaction it runs in a savepoint, so a caller can read, decide and
    /// write under one lock.
    func exclusive<T>(_ body: () throws -> T) throws -> T {
        let nested = try begin()
        do {
            let result = try body()
            try commit(nested: nested)
            return result
        } catch {
            rollback(nested: nested)
            throw error
        }
    }

    /// Starts a transaction, or a savepoint inside one; true for a savepoint.
    private func begin() throws(StoreError) -> Bool {
        let nested = sqlite3_get_autocommit(handle) == 0
        try execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")
        return nested
    }

    private func commit(nested: Bool) throws(StoreError) {
        try execute(nested ? "RELEASE nested" : "COMMIT")
    }

    private func rollback(nested: Bool) {
        try? execute(nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
    }

    var changes: Int { Int(sqlite3_changes(handle)) }
}
