/// The store's schema, as numbered migrations applied in order and recorded in
/// `schema_migrations`. Never edit a released migration; add the next one.
enum StoreMigrations {
    struct Migration {
        let version: Int
        let name: String
        let sql: String
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "people, definitions, enrolments, events", sql: """
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value BLOB NOT NULL
            );
            CREATE TABLE people (
                id TEXT PRIMARY KEY,
                email TEXT,
                manager TEXT,
                timezone TEXT
            );
            CREATE INDEX people_by_manager ON people(manager);
            -- Pinned track and calendar versions: the SHA-256 of the canonical JSON, and that JSON.
            CREATE TABLE definitions (
                hash TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('Track', 'Calendar')),
                name TEXT NOT NULL,
                content TEXT NOT NULL
            );
            CREATE TABLE enrolments (
                id INTEGER PRIMARY KEY,
                person TEXT NOT NULL REFERENCES people(id),
                track TEXT NOT NULL,
                track_version TEXT NOT NULL REFERENCES definitions(hash),
                calendar_version TEXT NOT NULL REFERENCES definitions(hash),
                start TEXT NOT NULL,
                UNIQUE (person, track)
            );
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                enrolment_id INTEGER NOT NULL REFERENCES enrolments(id),
                kind TEXT NOT NULL CHECK (kind IN (\(quoted(kindsOfMigration1)))),
                \(eventColumnsAfterKind)
            );
            \(eventsIndexAndTriggers)
            """),
        // SQLite cannot change a CHECK constraint in place: the events move to a new table
        // that also accepts re-pins and records the versions they move between.
        Migration(version: 2, name: "re-pin events", sql: eventsRebuilt(
            version: 2, kinds: kindsOfMigration1 + ["repinned"],
            columns: eventColumnsAfterKind + ",\nfrom_version TEXT,\nto_version TEXT", copying: eventNamesOfMigration1)),
        // The lifecycle as events: withdrawals, pauses, transfers, detail changes, reschedules and
        // re-enrolments, with the columns they need; and a customer's contact beside each person.
        Migration(version: 3, name: "lifecycle events, customer contacts", sql: eventsRebuilt(
            version: 3, kinds: kindsOfMigration3, columns: eventColumnsOfMigration3, copying: eventNamesOfMigration2)
            + "\nALTER TABLE people ADD COLUMN contact TEXT;"),
        // Access tokens for `salesops serve`: only each token's SHA-256 is kept, never the token.
        Migration(version: 4, name: "access tokens", sql: """
            CREATE TABLE tokens (
                id TEXT PRIMARY KEY,
                hash TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                person TEXT,
                created_at TEXT NOT NULL,
                revoked_at TEXT
            );
            """),
        // Voided events (an xAPI voiding statement): the event names the key of the one it voids.
        Migration(version: 5, name: "voided events", sql: eventsRebuilt(
            version: 5, kinds: kindsOfMigration3 + ["voided"], columns: eventColumnsOfMigration3 + ",\nvoided_key TEXT",
            copying: eventNamesOfMigration3)),
    ]

    // Parts of the events table that each migration rebuilding it repeats. Frozen like the
    // migrations themselves: a later change to the table is a new migration, never an edit here.

    /// Moves the events to a new table that allows `kinds` and has `columns` after `kind` (SQLite
    /// cannot change a CHECK constraint in place), copying every stored event, then restores the
    /// index and the triggers.
    private static func eventsRebuilt(version: Int, kinds: [String], columns: String, copying names: String) -> String {
        """
        CREATE TABLE events_v\(version) (
            id INTEGER PRIMARY KEY,
            enrolment_id INTEGER NOT NULL REFERENCES enrolments(id),
            kind TEXT NOT NULL CHECK (kind IN (\(quoted(kinds)))),
            \(columns)
        );
        INSERT INTO events_v\(version)(\(names)) SELECT \(names) FROM events;
        DROP TABLE events;
        ALTER TABLE events_v\(version) RENAME TO events;
        \(eventsIndexAndTriggers)
        """
    }

    private static func quoted(_ kinds: [String]) -> String {
        kinds.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The event kinds migration 1 allows, and those migration 3 allows.
    private static let kindsOfMigration1 = ["enrolled", "completed", "waived", "attempted"]
    private static let kindsOfMigration3 = kindsOfMigration1 + [
        "repinned", "withdrawn", "paused", "resumed", "transferred", "details-changed", "rescheduled", "reenrolled",
    ]
    /// The columns after `kind` that migration 1 created and every rebuild keeps.
    private static let eventColumnsAfterKind = """
        step TEXT,
        on_date TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        note TEXT,
        evidence INTEGER,
        score REAL,
        value REAL,
        signed_off_by TEXT,
        attempt_number INTEGER,
        passed INTEGER,
        reason TEXT,
        idempotency_key TEXT NOT NULL UNIQUE
        """
    /// The columns after `kind` that migration 3 created and migration 5 keeps.
    private static let eventColumnsOfMigration3 = eventColumnsAfterKind + """
        ,
        from_version TEXT,
        to_version TEXT,
        manager TEXT,
        email TEXT,
        timezone TEXT,
        contact TEXT,
        start_date TEXT
        """
    /// The events' columns after migration 1, which migration 2 copies into its new table.
    private static let eventNamesOfMigration1 = """
        id, enrolment_id, kind, step, on_date, recorded_at, actor, note, evidence, score, value, \
        signed_off_by, attempt_number, passed, reason, idempotency_key
        """
    /// The events' columns after migration 2, which migration 3 copies into its new table.
    private static let eventNamesOfMigration2 = eventNamesOfMigration1 + ", from_version, to_version"
    /// The events' columns after migration 3, which migration 5 copies into its new table.
    private static let eventNamesOfMigration3 = eventNamesOfMigration2 + ", manager, email, timezone, contact, start_date"
    /// The index and the append-only triggers, created with the table and again after each rebuild.
    private static let eventsIndexAndTriggers = """
        CREATE INDEX events_by_enrolment ON events(enrolment_id, id);
        -- History is never rewritten.
        CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """
}
