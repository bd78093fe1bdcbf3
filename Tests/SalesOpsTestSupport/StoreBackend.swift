import Foundation
@testable import SalesOpsStorePostgres
@testable import SalesOpsStore

/// The two stores every store test runs against: a SQLite file, and a database on the
/// throwaway PostgreSQL server (`TestPostgres`).
package enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    package var description: String { rawValue }

    /// Where a new, empty store is: a file in a new folder, or a new database.
    package func newStore() throws -> String {
        switch self {
        case .sqlite: return try OnboardingFixtures.folder() + "/salesops.db"
        case .postgres: return try TestPostgres.server().newDatabase()
        }
    }

    /// Opens the store at `location`, as `salesops` does.
    package func open(_ location: String, create: Bool = true) throws -> any OnboardingStore {
        switch self {
        case .sqlite: return try SQLiteStore(path: location, create: create)
        case .postgres: return try PostgresStore(url: location, create: create)
        }
    }

    /// A new store, opened.
    package func make() throws -> any OnboardingStore { try open(try newStore()) }

    /// Runs `sql` on the store's database directly, past salesops: what the database itself refuses.
    package func execute(_ sql: String, in location: String) throws {
        switch self {
        case .sqlite:
            try SQLiteConnection(path: location).execute(sql)
        case .postgres:
            _ = try TestPostgres.server().psql(sql, database: Self.database(of: location))
        }
    }

    /// True while another connection holds the store's write lock.
    package func isWriteLocked(_ location: String) throws -> Bool {
        switch self {
        case .sqlite:
            let connection = try SQLiteConnection(path: location, busyTimeout: 0)
            do {
                try connection.execute("BEGIN IMMEDIATE")
                try connection.execute("ROLLBACK")
                return false
            } catch {
                return true
            }
        case .postgres:
            // The lock is taken only for this psql session, which ends at once.
            let answer = try TestPostgres.server().psql("SELECT pg_try_advisory_lock(\(PostgresStore.writeLockKey))", database: Self.database(of: location))
            return answer.trimmingCharacters(in: .whitespacesAndNewlines) == "f"
        }
    }

    /// A store as the first release wrote it, at schema version 1, holding the rows of
    /// `store-v1.sql` (a `sqlite3 .dump` of one): on SQLite the dump itself; on PostgreSQL,
    /// migration 1's tables with the dump's rows, and identity counters past them as that
    /// release would have left them.
    package func version1Store() throws -> String {
        let location = try newStore()
        let dump = try String(contentsOfFile: OnboardingFixtures.fixture("store-v1.sql"), encoding: .utf8)
        switch self {
        case .sqlite:
            try execute(dump, in: location)
        case .postgres:
            let rows = dump.split(separator: "\n").filter { $0.hasPrefix("INSERT INTO ") }
            let script = ["CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"]
                + PostgresMigrations.all[0].statements + rows.map { String($0.dropLast()) }
                + ["enrolments", "events"].map { "SELECT setval(pg_get_serial_sequence('\($0)', 'id'), (SELECT max(id) FROM \($0)))" }
            try execute("BEGIN;\n" + script.joined(separator: ";\n") + ";\nCOMMIT;", in: location)
        }
        return location
    }

    package static func database(of url: String) -> String {
        let path = url.split(separator: "?")[0]
        return String(path.split(separator: "/").last ?? "")
    }
}

/// A new store for a test that runs salesops: a folder to run in, and the store as `--store` names it.
package struct TestStore: Sendable, CustomStringConvertible {
    package let backend: StoreBackend
    package let folder: String
    package let location: String

    package init(_ backend: StoreBackend) throws {
        self.backend = backend
        folder = try OnboardingFixtures.folder()
        location = backend == .sqlite ? folder + "/salesops.db" : try backend.newStore()
    }

    /// `--store LOCATION`.
    package var option: [String] { ["--store", location] }

    package func open(create: Bool = true) throws -> any OnboardingStore { try backend.open(location, create: create) }

    package var description: String { "\(backend) store \(location)" }
}
