import CSQLite
import Foundation
import SalesOpsBasics
import SalesOpsOnboarding

/// The onboarding store in one SQLite file, created and migrated on first use.
///
/// WAL mode lets readers run beside a writer; `busy_timeout` makes concurrent writers wait
/// for each other; every write is one IMMEDIATE transaction, so an interrupted or failed
/// write leaves nothing behind. Schema: `StoreMigrations`.
package final class SQLiteStore: OnboardingStore {
    /// The file name used when no path is given: `salesops.db` in the working folder.
    package static let defaultFileName = "salesops.db"

    package let location: String
    let connection: SQLiteConnection
    private var cachedInsertEvent: SQLiteStatement?

    /// Opens `path` and applies pending migrations. With `create` (for commands that write) a
    /// missing file is created; without it (reports) a missing file is an error saying how a
    /// store comes to be, so a mistyped `--store` never leaves an empty store behind.
    package init(path: String, create: Bool = true) throws(StoreError) {
        location = path
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw StoreError(code: 0, message: "no store at this path; a store is created by the first `salesops onboard enroll` or `salesops onboard import`, so check --store (default: ./\(Self.defaultFileName))", path: path)
        }
        connection = try SQLiteConnection(path: path, create: create)
        try migrate()
    }

    /// The highest migration applied.
    package func schemaVersion() throws(StoreError) -> Int {
        let statement = try connection.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations")
        try statement.step()
        return Int(statement.int64(0) ?? 0)
    }

    private func migrate() throws(StoreError) {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """)
        let latest = StoreMigrations.all.last?.version ?? 0
        guard try schemaVersion() < latest else {
            if try schemaVersion() > latest {
                throw StoreError(code: 0, message: "the store's schema version \(try schemaVersion()) is newer than this salesops knows (\(latest)); upgrade salesops", path: location)
            }
            return
        }
        try connection.transaction { () throws(StoreError) in
            // Re-read inside the write lock: another process may have migrated meanwhile.
            let current = try schemaVersion()
            for migration in StoreMigrations.all where migration.version > current {
                try connection.execute(migration.sql)
                let record = try connection.prepare(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))")
                try record.run(binding: migration.version, migration.name)
            }
        }
    }

    /// SQLite's own checks of the file (`integrity_check`, `foreign_key_check`) and the
    /// triggers that keep events append-only.
    package func integrityProblems() throws(StoreError) -> [String] {
        var problems: [String] = []
        let integrity = try connection.prepare("PRAGMA integrity_check")
        while try integrity.step() {
            if let line = integrity.string(0), line != "ok" { problems.append(line) }
        }
        let references = try connection.prepare("PRAGMA foreign_key_check")
        while try references.step() {
            problems.append("row \(references.int64(1) ?? 0) of \(references.string(0) ?? "?") refers to a missing row of \(references.string(2) ?? "?")")
        }
        let triggers = try connection.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'")
        var present: Set<String> = []
        while try triggers.step() { present.insert(triggers.string(0) ?? "") }
        for name in ["events_are_append_only_update", "events_are_append_only_delete"] where !present.contains(name) {
            problems.append("the trigger \(name), which keeps events append-only, is missing")
        }
        return problems
    }

    /// Runs `body` holding the store's write lock (`BEGIN IMMEDIATE`): what it reads cannot
    /// change before its writes commit, and an error rolls all of it back.
    package func exclusive<T>(_ body: () throws -> T) throws -> T {
        try connection.exclusive(body)
    }

    // MARK: Reading

    package func person(_ id: String) throws(StoreError) -> Person? {
        let statement = try connection.prepareCached("SELECT id, email, manager, timezone, contact FROM people WHERE id = ?")
        defer { statement.reset() }
        statement.bind(1, id)
        guard try statement.step() else { return nil }
        return Person(id: statement.string(0) ?? id, email: statement.string(1), manager: statement.string(2),
                      timezone: statement.string(3), contact: statement.string(4))
    }

    package func people() throws(StoreError) -> [Person] {
        let statement = try connection.prepare("SELECT id, email, manager, timezone, contact FROM people ORDER BY id")
        var people: [Person] = []
        while try statement.step() {
            people.append(Person(id: statement.string(0) ?? "", email: statement.string(1), manager: statement.string(2),
                                 timezone: statement.string(3), contact: statement.string(4)))
        }
        return people
    }

    package func enrolments(person: String?) throws(StoreError) -> [Enrolment] {
        try histories(EnrolmentFilter(person: person), withEvents: false).map(\.enrolment)
    }

    package func definition(_ hash: String) throws(StoreError) -> String? {
        let statement = try connection.prepare("SELECT content FROM definitions WHERE hash = ?")
        statement.bind(1, hash)
        return try statement.step() ? statement.string(0) : nil
    }

    package func definitions() throws(StoreError) -> [StoredDefinition] {
        let statement = try connection.prepare("SELECT hash, kind, name, content FROM definitions ORDER BY hash")
        var definitions: [StoredDefinition] = []
        while try statement.step() {
            definitions.append(StoredDefinition(hash: statement.string(0) ?? "", kind: statement.string(1) ?? "", name: statement.string(2) ?? "",
                                                content: statement.string(3) ?? ""))
        }
        return definitions
    }

    package func histories(_ filter: EnrolmentFilter) throws(StoreError) -> [EnrolmentHistory] {
        try histories(filter, withEvents: true)
    }

    private func histories(_ filter: EnrolmentFilter, withEvents: Bool) throws(StoreError) -> [EnrolmentHistory] {
        let (whereSQL, values) = HistoryQuery.whereClause(filter) { _ in "?" } ?? ("1", [])
        let enrolments = try connection.prepareCached(HistoryQuery.enrolments(where: whereSQL, orderedBy: "en.person, en.track"))
        defer { enrolments.reset() }
        enrolments.bind(values)
        var histories: [EnrolmentHistory] = []
        var positionByID: [Int64: Int] = [:]
        while try enrolments.step() {
            let person = enrolments.string(1) ?? ""
            let key = EnrolmentKey(person: person, track: enrolments.string(2) ?? "")
            let start = CalendarDate(iso: enrolments.string(5) ?? "") ?? CalendarDate(daysSinceEpoch: 0)
            positionByID[enrolments.int64(0) ?? 0] = histories.count
            histories.append(EnrolmentHistory(
                person: Person(id: person, email: enrolments.string(6), manager: enrolments.string(7), timezone: enrolments.string(8),
                               contact: enrolments.string(9)),
                enrolment: Enrolment(key: key, trackVersion: enrolments.string(3) ?? "", calendarVersion: enrolments.string(4) ?? "",
                                     start: start),
                events: []))
        }
        guard withEvents, !histories.isEmpty else { return histories }
        let events = try connection.prepareCached(HistoryQuery.events(where: whereSQL))
        defer { events.reset() }
        events.bind(values)
        var currentID: Int64 = -1
        var position = 0
        while try events.step() {
            let enrolmentID = sqlite3_column_int64(events.handle, 0)
            if enrolmentID != currentID {
                currentID = enrolmentID
                guard let found = positionByID[enrolmentID] else { continue }
                position = found
            }
            let sequence = sqlite3_column_int64(events.handle, 1)
            let row = EventRow(
                kind: events.string(2) ?? "", step: events.string(3), note: events.string(7), evidence: events.int64(8),
                score: events.double(9), value: events.double(10), signedOffBy: events.string(11), attemptNumber: events.int64(12),
                passed: events.int64(13), reason: events.string(14), fromVersion: events.string(16), toVersion: events.string(17),
                manager: events.string(18), email: events.string(19), timezone: events.string(20), contact: events.string(21),
                startDate: events.string(22), voidedKey: events.string(23))
            let payload: EventPayload
            do {
                payload = try row.payload()
            } catch {
                throw StoreError(code: 0, message: "event #\(sequence) (\(row.kind)) has no \(error.column); the store is damaged or comes from a newer salesops", path: location)
            }
            histories[position].events.append(OnboardingEvent(
                sequence: sequence,
                enrolment: histories[position].enrolment.key,
                payload: payload,
                date: CalendarDate(iso: events.string(4) ?? "") ?? CalendarDate(daysSinceEpoch: 0),
                recordedAt: events.string(5) ?? "",
                actor: events.string(6) ?? "",
                idempotencyKey: events.string(15) ?? ""))
        }
        return histories
    }

    package func eventCount() throws(StoreError) -> Int {
        let statement = try connection.prepare("SELECT count(*) FROM events")
        try statement.step()
        return Int(statement.int64(0) ?? 0)
    }

    // MARK: Writing

    @discardableResult
    package func write(_ batch: StoreBatch) throws(StoreError) -> StoreWriteSummary {
        try connection.transaction { () throws(StoreError) -> StoreWriteSummary in
            var summary = StoreWriteSummary()
            if !batch.people.isEmpty {
                // Details are never updated in place: later ones are events.
                let insert = try connection.prepare("""
                    INSERT INTO people(id, email, manager, timezone, contact) VALUES (?1, ?2, ?3, ?4, ?5)
                    ON CONFLICT(id) DO NOTHING
                    """)
                for person in batch.people {
                    try insert.run(binding: person.id, person.email, person.manager, person.timezone, person.contact)
                }
            }
            if !batch.definitions.isEmpty {
                let insert = try connection.prepare(
                    "INSERT INTO definitions(hash, kind, name, content) VALUES (?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING")
                for definition in batch.definitions {
                    try insert.run(binding: definition.hash, definition.kind, definition.name, definition.content)
                }
            }
            if !batch.enrolments.isEmpty {
                let insert = try connection.prepare("""
                    INSERT INTO enrolments(person, track, track_version, calendar_version, start) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(person, track) DO NOTHING
                    """)
                for enrolment in batch.enrolments {
                    try insert.run(binding: enrolment.person, enrolment.track, enrolment.trackVersion, enrolment.calendarVersion,
                                   enrolment.start.description)
                    summary.enrolmentsAdded += connection.changes
                }
            }
            if !batch.pins.isEmpty {
                let update = try connection.prepare(
                    "UPDATE enrolments SET track_version = ?, calendar_version = ? WHERE person = ? AND track = ?")
                for enrolment in batch.pins {
                    try update.run(binding: enrolment.trackVersion, enrolment.calendarVersion, enrolment.person, enrolment.track)
                    guard connection.changes == 1 else {
                        throw StoreError(code: 0, message: "cannot re-pin \(enrolment.key), which is not enrolled", path: location)
                    }
                }
            }
            if let key = batch.pseudonymKey {
                let replace = try connection.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES ('pseudonym-key', ?)")
                replace.bind(1, blob: key)
                try replace.run()
            }
            if let ring = batch.badgeKeys {
                try storeBadgeKeys(ring)
            }
            guard !batch.events.isEmpty else { return summary }
            let lookup = try connection.prepare("SELECT id FROM enrolments WHERE person = ? AND track = ?")
            let insert = try insertEventStatement()
            var ids: [EnrolmentKey: Int64] = [:]
            for event in batch.events {
                let id: Int64
                if let known = ids[event.enrolment] {
                    id = known
                } else {
                    lookup.bind(1, event.enrolment.person)
                    lookup.bind(2, event.enrolment.track)
                    let found = try lookup.step() ? lookup.int64(0) : nil
                    lookup.reset()
                    guard let found else {
                        throw StoreError(code: 0, message: "an event refers to \(event.enrolment), which is not enrolled", path: location)
                    }
                    ids[event.enrolment] = found
                    id = found
                }
                let row = EventRow(event.payload)
                // In the column order of `insertEventStatement`; a NULL id numbers the event after the stored ones.
                let sequence: Int64? = batch.keepSequences ? event.sequence : nil
                try insert.run(binding: sequence, id, row.kind, row.step, event.date.description, event.recordedAt, event.actor, row.note,
                               row.evidence, row.score, row.value, row.signedOffBy, row.attemptNumber, row.passed, row.reason,
                               event.idempotencyKey, row.fromVersion, row.toVersion, row.manager, row.email, row.timezone,
                               row.contact, row.startDate, row.voidedKey)
                if connection.changes == 1 { summary.eventsAppended += 1 } else { summary.eventsSkipped += 1 }
            }
            return summary
        }
    }

    private func insertEventStatement() throws(StoreError) -> SQLiteStatement {
        if let cachedInsertEvent { return cachedInsertEvent }
        let statement = try connection.prepare("""
            INSERT INTO events(id, enrolment_id, kind, step, on_date, recorded_at, actor, note, evidence, score, value,
                               signed_off_by, attempt_number, passed, reason, idempotency_key, from_version, to_version,
                               manager, email, timezone, contact, start_date, voided_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(idempotency_key) DO NOTHING
            """)
        cachedInsertEvent = statement
        return statement
    }

    package func pseudonymKey() throws(StoreError) -> [UInt8] {
        try connection.transaction { () throws(StoreError) -> [UInt8] in
            let read = try connection.prepare("SELECT value FROM settings WHERE key = 'pseudonym-key'")
            if try read.step() { return read.blob(0) }
            return try storeNewPseudonymKey()
        }
    }

    package func rotatePseudonymKey() throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.prepare("DELETE FROM settings WHERE key = 'pseudonym-key'").run()
            _ = try storeNewPseudonymKey()
        }
    }

    package func badgeKeys() throws(StoreError) -> BadgeKeyRing {
        try connection.transaction { () throws(StoreError) -> BadgeKeyRing in
            if let ring = try storedBadgeKeys() { return ring }
            return try storeBadgeKeys(.adding(to: nil))
        }
    }

    @discardableResult
    package func rotateBadgeKey() throws(StoreError) -> BadgeKeyRing {
        try connection.transaction { () throws(StoreError) -> BadgeKeyRing in
            try storeBadgeKeys(.adding(to: try storedBadgeKeys()))
        }
    }

    private func storedBadgeKeys() throws(StoreError) -> BadgeKeyRing? {
        let read = try connection.prepare("SELECT key, value FROM settings WHERE key LIKE 'badge-key%'")
        var rows: [(name: String, value: [UInt8])] = []
        while try read.step() { rows.append((read.string(0) ?? "", read.blob(1))) }
        return BadgeKeyRing.from(settings: rows)
    }

    /// Replaces the stored badge keys with `ring`, in the caller's transaction.
    @discardableResult
    private func storeBadgeKeys(_ ring: BadgeKeyRing) throws(StoreError) -> BadgeKeyRing {
        try connection.prepare("DELETE FROM settings WHERE key LIKE 'badge-key%'").run()
        let insert = try connection.prepare("INSERT INTO settings(key, value) VALUES (?, ?)")
        for (name, value) in ring.settings {
            insert.bind(1, name)
            insert.bind(2, blob: value)
            try insert.run()
        }
        return ring
    }

    /// 32 random bytes from the system's generator, stored as the pseudonym key.
    private func storeNewPseudonymKey() throws(StoreError) -> [UInt8] {
        let key = randomKeyBytes()
        let insert = try connection.prepare("INSERT INTO settings(key, value) VALUES ('pseudonym-key', ?)")
        insert.bind(1, blob: key)
        try insert.run()
        return key
    }
}
