import CSQLite

/// A value a statement parameter can take; nil binds NULL.
protocol SQLiteValue {
    func bind(to statement: SQLiteStatement, at index: Int32)
}

extension String: SQLiteValue {
    func bind(to statement: SQLiteStatement, at index: Int32) { statement.bind(index, self) }
}

extension Int64: SQLiteValue {
    func bind(to statement: SQLiteStatement, at index: Int32) { statement.bind(index, self) }
}

extension Int: SQLiteValue {
    func bind(to statement: SQLiteStatement, at index: Int32) { statement.bind(index, self) }
}

extension Double: SQLiteValue {
    func bind(to statement: SQLiteStatement, at index: Int32) { statement.bind(index, self) }
}

extension Optional: SQLiteValue where Wrapped: SQLiteValue {
    func bind(to statement: SQLiteStatement, at index: Int32) {
        if let self { self.bind(to: statement, at: index) } else { sqlite3_bind_null(statement.handle, index) }
    }
}
