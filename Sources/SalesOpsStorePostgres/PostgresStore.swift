import Foundation
import PostgresNIO
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// The onboarding store in a PostgreSQL database shared by a team, through postgres-nio.
///
/// The same contract as `SQLiteStore`: every write is one transaction that first takes the
/// store's write lock (a transaction-scoped advisory lock), so writers queue instead of
/// failing and `exclusive` decides on the state it appends to; a trigger refuses UPDATE,
/// DELETE and TRUNCATE on events. Schema: `PostgresMigrations`. The database must exist; its
/// tables are created on first use.
package final class PostgresStore: OnboardingStore {
    /// The advisory lock every writer holds for its transaction (any fixed number; "salesops" in ASCII).
    package static let writeLockKey: Int64 = 0x73616C65736F7073
    /// Events per INSERT statement: large enough that a million take few round trips, small
    /// enough that one statement's JSON stays a few megabytes.
    static let eventsPerStatement = 5_000

    package let location: String
    private let session: PostgresSession

    /// Connects to `url` and applies pending migrations. With `create` a database without the
    /// store's tables gets them; without it (reports) that is an error saying how a store comes to be.
    package init(url: String, create: Bool = true) throws(StoreError) {
        let address: PostgresAddress
        do {
            address = try PostgresAddress(url, defaultUser: NSUserName())
        } catch {
            throw StoreError(code: 0, message: error.problem, path: error.url)
        }
        location = address.redacted
        session = try PostgresSession(address)
        try migrate(create: create)
    }

    /// True for text naming a PostgreSQL store (`postgres://…` or `postgresql://…`).
    package static func isURL(_ text: String) -> Bool { PostgresAddress.isURL(text) }

    /// `url` with its password replaced by `***`.
    package static func redact(_ url: String) -> String { PostgresAddress.redact(url) }

    // MARK: Schema

    package func schemaVersion() throws(StoreError) -> Int {
        try int(session.query("SELECT coalesce(max(version), 0)::bigint FROM schema_migrations"))
    }

    private func migrate(create: Bool) throws(StoreError) {
        let latest = PostgresMigrations.all.last?.version ?? 0
        let exists = try string(session.query("SELECT to_regclass('schema_migrations')::text")) != nil
        if !exists, !create {
            throw StoreError(code: 0, message: "no store in this database; a store is created by the first `salesops onboard enroll`, `salesops onboard import` or `salesops store migrate`, so check --store or SALESOPS_STORE", path: location)
        }
        if exists {
            let current = try schemaVersion()
            if current > latest {
                throw StoreError(code: 0, message: "the store's schema version \(current) is newer than this salesops knows (\(latest)); upgrade salesops", path: location)
            }
            if current == latest { return }
        }
        try session.transaction { () throws(StoreError) in
            // Under the write lock: another process may have migrated meanwhile.
            try session.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """)
            let current = try schemaVersion()
            for migration in PostgresMigrations.all where migration.version > current {
                for statement in migration.statements {
                    try session.query(statement)
                }
                try session.query(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES ($1::integer, $2, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
                    [String(migration.version), migration.name])
            }
        }
    }

    package func integrityProblems() throws(StoreError) -> [String] {
        var problems: [String] = []
        let triggers = try session.query("""
            SELECT tgname FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal AND tgenabled <> 'D' ORDER BY tgname
            """).map { row throws(StoreError) in try decode(String.self, row.makeRandomAccess(), 0) }
        for name in ["events_are_append_only_change", "events_are_append_only_truncate"] where !triggers.contains(name) {
            problems.append("the trigger \(name), which keeps events append-only, is missing or disabled")
        }
        let invalid = try session.query("SELECT conname FROM pg_constraint WHERE conrelid IN ('events'::regclass, 'enrolments'::regclass) AND NOT convalidated")
        for plain in invalid {
            let row = plain.makeRandomAccess()
            problems.append("the constraint \(try decode(String.self, row, 0)) is not validated")
        }
        return problems
    }

    /// Runs `body` holding the store's write lock: what it reads cannot change before its
    /// writes commit, and an error rolls all of it back.
    package func exclusive<T>(_ body: () throws -> T) throws -> T {
        try session.exclusive(body)
    }

    // MARK: Reading

    package func person(_ id: String) throws(StoreError) -> Person? {
        let rows = try session.query("SELECT id, email, manager, timezone, contact FROM people WHERE id = $1", [id])
        return try rows.first.map { row throws(StoreError) in try person(row.makeRandomAccess(), offset: 0) }
    }

    package func people() throws(StoreError) -> [Person] {
        try session.query("SELECT id, email, manager, timezone, contact FROM people ORDER BY id COLLATE \"C\"")
            .map { row throws(StoreError) in try person(row.makeRandomAccess(), offset: 0) }
    }

    package func enrolments(person: String?) throws(StoreError) -> [Enrolment] {
        try histories(EnrolmentFilter(person: person), withEvents: false).map(\.enrolment)
    }

    package func definition(_ hash: String) throws(StoreError) -> String? {
        try string(session.query("SELECT content FROM definitions WHERE hash = $1", [hash]))
    }

    package func definitions() throws(StoreError) -> [StoredDefinition] {
        try session.query("SELECT hash, kind, name, content FROM definitions ORDER BY hash COLLATE \"C\"").map { plain throws(StoreError) in
            let row = plain.makeRandomAccess()
            return StoredDefinition(hash: try decode(String.self, row, 0), kind: try decode(String.self, row, 1), name: try decode(String.self, row, 2),
                             content: try decode(String.self, row, 3))
        }
    }

    package func histories(_ filter: EnrolmentFilter) throws(StoreError) -> [EnrolmentHistory] {
        try histories(filter, withEvents: true)
    }

    private func histories(_ filter: EnrolmentFilter, withEvents: Bool) throws(StoreError) -> [EnrolmentHistory] {
        let (whereSQL, values) = HistoryQuery.whereClause(filter) { "$\($0)" } ?? ("TRUE", [])
        return try session.snapshot { () throws(StoreError) -> [EnrolmentHistory] in
            // Sorted byte-wise, as SQLite sorts text, whatever the database's collation.
            let enrolmentRows = try session.query(
                HistoryQuery.enrolments(where: whereSQL, orderedBy: #"en.person COLLATE "C", en.track COLLATE "C""#), values)
            var histories: [EnrolmentHistory] = []
            var positionByID: [Int64: Int] = [:]
            for plain in enrolmentRows {
                let row = plain.makeRandomAccess()
                let person = try decode(String.self, row, 1)
                let key = EnrolmentKey(person: person, track: try decode(String.self, row, 2))
                let start = CalendarDate(iso: try decode(String.self, row, 5)) ?? CalendarDate(daysSinceEpoch: 0)
                positionByID[try decode(Int64.self, row, 0)] = histories.count
                histories.append(EnrolmentHistory(
                    person: Person(id: person, email: try decode(String?.self, row, 6), manager: try decode(String?.self, row, 7),
                                   timezone: try decode(String?.self, row, 8), contact: try decode(String?.self, row, 9)),
                    enrolment: Enrolment(key: key, trackVersion: try decode(String.self, row, 3), calendarVersion: try decode(String.self, row, 4),
                                         start: start),
                    events: []))
            }
            guard withEvents, !histories.isEmpty else { return histories }
            let eventRows = try session.query(HistoryQuery.events(where: whereSQL), values)
            for plain in eventRows {
                let row = plain.makeRandomAccess()
                guard let position = positionByID[try decode(Int64.self, row, 0)] else { continue }
                let sequence = try decode(Int64.self, row, 1)
                let eventRow = EventRow(
                    kind: try decode(String.self, row, 2), step: try decode(String?.self, row, 3), note: try decode(String?.self, row, 7),
                    evidence: try decode(Int64?.self, row, 8), score: try decode(Double?.self, row, 9), value: try decode(Double?.self, row, 10),
                    signedOffBy: try decode(String?.self, row, 11), attemptNumber: try decode(Int64?.self, row, 12),
                    passed: try decode(Int64?.self, row, 13), reason: try decode(String?.self, row, 14),
                    fromVersion: try decode(String?.self, row, 16), toVersion: try decode(String?.self, row, 17),
                    manager: try decode(String?.self, row, 18), email: try decode(String?.self, row, 19),
                    timezone: try decode(String?.self, row, 20), contact: try decode(String?.self, row, 21),
                    startDate: try decode(String?.self, row, 22), voidedKey: try decode(String?.self, row, 23))
                let payload: EventPayload
                do throws(EventRow.Missing) {
                    payload = try eventRow.payload()
                } catch {
                    throw StoreError(code: 0, message: "event #\(sequence) (\(eventRow.kind)) has no \(error.column); the store is damaged or comes from a newer salesops", path: location)
                }
                histories[position].events.append(OnboardingEvent(
                    sequence: sequence,
                    enrolment: histories[position].enrolment.key,
                    payload: payload,
                    date: CalendarDate(iso: try decode(String.self, row, 4)) ?? CalendarDate(daysSinceEpoch: 0),
                    recordedAt: try decode(String.self, row, 5),
                    actor: try decode(String.self, row, 6),
                    idempotencyKey: try decode(String.self, row, 15)))
            }
            return histories
        }
    }

    package func eventCount() throws(StoreError) -> Int {
        try int(session.query("SELECT count(*) FROM events"))
    }

    // MARK: Writing

    @discardableResult
    package func write(_ batch: StoreBatch) throws(StoreError) -> StoreWriteSummary {
        try session.transaction { () throws(StoreError) -> StoreWriteSummary in
            var summary = StoreWriteSummary()
            // Rows travel as one JSON array per statement (jsonb_to_recordset), so a batch of any
            // size takes a few round trips, and NULLs need no special binding.
            if !batch.people.isEmpty {
                // Details are never updated in place: later ones are events.
                try session.query("""
                    INSERT INTO people(id, email, manager, timezone, contact)
                    SELECT r.id, r.email, r.manager, r.timezone, r.contact
                    FROM jsonb_to_recordset($1::jsonb) AS r(n bigint, id text, email text, manager text, timezone text, contact text)
                    ORDER BY r.n
                    ON CONFLICT (id) DO NOTHING
                    """, [Self.json(batch.people.enumerated().map { index, person in
                        ["n": .number(Double(index)), "id": .string(person.id), "email": Self.text(person.email),
                         "manager": Self.text(person.manager), "timezone": Self.text(person.timezone), "contact": Self.text(person.contact)]
                    })])
            }
            if !batch.definitions.isEmpty {
                try session.query("""
                    INSERT INTO definitions(hash, kind, name, content)
                    SELECT r.hash, r.kind, r.name, r.content FROM jsonb_to_recordset($1::jsonb) AS r(hash text, kind text, name text, content text)
                    ON CONFLICT (hash) DO NOTHING
                    """, [Self.json(batch.definitions.map { definition in
                        ["hash": .string(definition.hash), "kind": .string(definition.kind), "name": .string(definition.name),
                         "content": .string(definition.content)]
                    })])
            }
            if !batch.enrolments.isEmpty {
                summary.enrolmentsAdded = try session.changes("""
                    INSERT INTO enrolments(person, track, track_version, calendar_version, start)
                    SELECT r.person, r.track, r.track_version, r.calendar_version, r.start
                    FROM jsonb_to_recordset($1::jsonb) AS r(n bigint, person text, track text, track_version text, calendar_version text, start text)
                    ORDER BY r.n
                    ON CONFLICT (person, track) DO NOTHING
                    """, [Self.json(batch.enrolments.enumerated().map { index, enrolment in
                        ["n": .number(Double(index)), "person": .string(enrolment.person), "track": .string(enrolment.track),
                         "track_version": .string(enrolment.trackVersion), "calendar_version": .string(enrolment.calendarVersion),
                         "start": .string(enrolment.start.description)]
                    })])
            }
            for enrolment in batch.pins {
                let changed = try session.changes("UPDATE enrolments SET track_version = $1, calendar_version = $2 WHERE person = $3 AND track = $4",
                                                  [enrolment.trackVersion, enrolment.calendarVersion, enrolment.person, enrolment.track])
                guard changed == 1 else {
                    throw StoreError(code: 0, message: "cannot re-pin \(enrolment.key), which is not enrolled", path: location)
                }
            }
            if let key = batch.pseudonymKey {
                try session.query("""
                    INSERT INTO settings(key, value) VALUES ('pseudonym-key', decode($1, 'hex'))
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """, [Self.hex(key)])
            }
            if let ring = batch.badgeKeys {
                try storeBadgeKeys(ring)
            }
            guard !batch.events.isEmpty else { return summary }
            var start = 0
            while start < batch.events.count {
                let chunk = batch.events[start..<min(start + Self.eventsPerStatement, batch.events.count)]
                start += chunk.count
                let rows = Self.json(chunk.enumerated().map { index, event in Self.eventObject(event, order: index, keepSequence: batch.keepSequences) })
                let missing = try session.query("""
                    SELECT r.person, r.track FROM jsonb_to_recordset($1::jsonb) AS r(n bigint, person text, track text)
                    WHERE NOT EXISTS (SELECT 1 FROM enrolments en WHERE en.person = r.person AND en.track = r.track)
                    ORDER BY r.n LIMIT 1
                    """, [rows])
                if let row = missing.first?.makeRandomAccess() {
                    let key = EnrolmentKey(person: try decode(String.self, row, 0), track: try decode(String.self, row, 1))
                    throw StoreError(code: 0, message: "an event refers to \(key), which is not enrolled", path: location)
                }
                // Numbered max + 1 onwards under the write lock, as SQLite numbers rows, so a
                // skipped or rolled-back event leaves no gap; the first of repeated keys wins.
                let appended = try session.changes("""
                    WITH r AS (
                        SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(n bigint, sequence bigint, person text, track text, kind text,
                            step text, on_date text, recorded_at text, actor text, note text, evidence bigint, score double precision,
                            value double precision, signed_off_by text, attempt_number bigint, passed bigint, reason text,
                            idempotency_key text, from_version text, to_version text, manager text, email text, timezone text,
                            contact text, start_date text, voided_key text)
                    ), fresh AS (
                        SELECT DISTINCT ON (r.idempotency_key) r.* FROM r
                        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.idempotency_key = r.idempotency_key)
                        ORDER BY r.idempotency_key, r.n
                    ), base AS (
                        SELECT coalesce(max(id), 0) AS id FROM events
                    )
                    INSERT INTO events(id, enrolment_id, kind, step, on_date, recorded_at, actor, note, evidence, score, value,
                                       signed_off_by, attempt_number, passed, reason, idempotency_key, from_version, to_version,
                                       manager, email, timezone, contact, start_date, voided_key)
                    SELECT coalesce(f.sequence, base.id + row_number() OVER (ORDER BY f.n)), en.id, f.kind, f.step, f.on_date,
                           f.recorded_at, f.actor, f.note, f.evidence, f.score, f.value, f.signed_off_by, f.attempt_number, f.passed,
                           f.reason, f.idempotency_key, f.from_version, f.to_version, f.manager, f.email, f.timezone, f.contact,
                           f.start_date, f.voided_key
                    FROM fresh f JOIN enrolments en ON en.person = f.person AND en.track = f.track CROSS JOIN base
                    ORDER BY f.n
                    ON CONFLICT (idempotency_key) DO NOTHING
                    """, [rows])
                summary.eventsAppended += appended
                summary.eventsSkipped += chunk.count - appended
            }
            return summary
        }
    }

    /// One event as the JSON object the INSERT reads, with the columns `EventRow` fills.
    private static func eventObject(_ event: OnboardingEvent, order: Int, keepSequence: Bool) -> JSONValue {
        let row = EventRow(event.payload)
        return .object([
            "n": .number(Double(order)), "sequence": keepSequence ? .number(Double(event.sequence)) : .null,
            "person": .string(event.enrolment.person), "track": .string(event.enrolment.track), "kind": .string(row.kind),
            "step": text(row.step), "on_date": .string(event.date.description), "recorded_at": .string(event.recordedAt),
            "actor": .string(event.actor), "note": text(row.note), "evidence": number(row.evidence), "score": number(row.score),
            "value": number(row.value), "signed_off_by": text(row.signedOffBy), "attempt_number": number(row.attemptNumber),
            "passed": number(row.passed), "reason": text(row.reason), "idempotency_key": .string(event.idempotencyKey),
            "from_version": text(row.fromVersion), "to_version": text(row.toVersion), "manager": text(row.manager),
            "email": text(row.email), "timezone": text(row.timezone), "contact": text(row.contact), "start_date": text(row.startDate),
            "voided_key": text(row.voidedKey),
        ])
    }

    private static func json(_ rows: [[String: JSONValue]]) -> String { json(rows.map(JSONValue.object)) }

    private static func json(_ rows: [JSONValue]) -> String {
        String(decoding: JSONValue.array(rows).serialized(), as: UTF8.self)
    }

    private static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    private static func number(_ value: Int64?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
    private static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    package func pseudonymKey() throws(StoreError) -> [UInt8] {
        try session.transaction { () throws(StoreError) -> [UInt8] in
            if let stored = try string(session.query("SELECT encode(value, 'hex') FROM settings WHERE key = 'pseudonym-key'")) {
                return Self.bytes(hex: stored)
            }
            return try storeNewPseudonymKey()
        }
    }

    package func rotatePseudonymKey() throws(StoreError) {
        try session.transaction { () throws(StoreError) in
            try session.query("DELETE FROM settings WHERE key = 'pseudonym-key'")
            _ = try storeNewPseudonymKey()
        }
    }

    package func badgeKeys() throws(StoreError) -> BadgeKeyRing {
        try session.transaction { () throws(StoreError) -> BadgeKeyRing in
            if let ring = try storedBadgeKeys() { return ring }
            return try storeBadgeKeys(.adding(to: nil))
        }
    }

    @discardableResult
    package func rotateBadgeKey() throws(StoreError) -> BadgeKeyRing {
        try session.transaction { () throws(StoreError) -> BadgeKeyRing in
            try storeBadgeKeys(.adding(to: try storedBadgeKeys()))
        }
    }

    private func storedBadgeKeys() throws(StoreError) -> BadgeKeyRing? {
        var rows: [(name: String, value: [UInt8])] = []
        for row in try session.query("SELECT key, encode(value, 'hex') FROM settings WHERE key LIKE 'badge-key%'") {
            let columns = row.makeRandomAccess()
            rows.append((try decode(String.self, columns, 0), Self.bytes(hex: try decode(String.self, columns, 1))))
        }
        return BadgeKeyRing.from(settings: rows)
    }

    /// Replaces the stored badge keys with `ring`, in the caller's transaction.
    @discardableResult
    private func storeBadgeKeys(_ ring: BadgeKeyRing) throws(StoreError) -> BadgeKeyRing {
        try session.query("DELETE FROM settings WHERE key LIKE 'badge-key%'")
        for (name, value) in ring.settings {
            try session.query("INSERT INTO settings(key, value) VALUES ($1, decode($2, 'hex'))", [name, Self.hex(value)])
        }
        return ring
    }

    /// 32 random bytes from the system's generator, stored as the pseudonym key.
    private func storeNewPseudonymKey() throws(StoreError) -> [UInt8] {
        let key = randomKeyBytes()
        try session.query("INSERT INTO settings(key, value) VALUES ('pseudonym-key', decode($1, 'hex'))", [Self.hex(key)])
        return key
    }

    private static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).compactMap { UInt8(String(decoding: digits[$0...$0 + 1], as: UTF8.self), radix: 16) }
    }

    // MARK: Decoding

    private func decode<T: PostgresDecodable>(_ type: T.Type, _ row: PostgresRandomAccessRow, _ column: Int) throws(StoreError) -> T {
        do {
            return try row[column].decode(T.self)
        } catch {
            throw StoreError(code: 0, message: "column \(column + 1) of a stored row does not read as \(T.self); the store is damaged or comes from a newer salesops", path: location)
        }
    }

    private func person(_ row: PostgresRandomAccessRow, offset: Int) throws(StoreError) -> Person {
        Person(id: try decode(String.self, row, offset), email: try decode(String?.self, row, offset + 1),
               manager: try decode(String?.self, row, offset + 2), timezone: try decode(String?.self, row, offset + 3),
               contact: try decode(String?.self, row, offset + 4))
    }

    private func string(_ rows: PostgresQueryResult) throws(StoreError) -> String? {
        guard let row = rows.first else { return nil }
        return try decode(String?.self, row.makeRandomAccess(), 0)
    }

    private func int(_ rows: PostgresQueryResult) throws(StoreError) -> Int {
        guard let row = rows.first else { return 0 }
        return Int(try decode(Int64.self, row.makeRandomAccess(), 0))
    }
}

extension PostgresStore: TokenStore {
    package func addToken(_ token: StoredToken) throws(StoreError) {
        _ = try session.query("INSERT INTO tokens(id, hash, role, person, created_at) VALUES ($1, $2, $3, $4, $5)",
                              [token.id, token.hash, token.role, token.person, token.createdAt])
    }

    package func tokens() throws(StoreError) -> [StoredToken] {
        try readTokens("SELECT id, hash, role, person, created_at, revoked_at FROM tokens ORDER BY seq")
    }

    package func token(hash: String) throws(StoreError) -> StoredToken? {
        try readTokens("SELECT id, hash, role, person, created_at, revoked_at FROM tokens WHERE hash = $1", [hash]).first
    }

    package func revokeToken(id: String, at: String) throws(StoreError) -> Bool {
        try session.transaction { () throws(StoreError) -> Bool in
            try int(session.query("WITH revoked AS (UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING 1) "
                                  + "SELECT count(*) FROM revoked", [at, id])) > 0
        }
    }

    private func readTokens(_ sql: String, _ values: [String?] = []) throws(StoreError) -> [StoredToken] {
        try session.query(sql, values).map { plain throws(StoreError) in
            let row = plain.makeRandomAccess()
            return StoredToken(id: try decode(String.self, row, 0), hash: try decode(String.self, row, 1), role: try decode(String.self, row, 2),
                               person: try decode(String?.self, row, 3), createdAt: try decode(String.self, row, 4),
                               revokedAt: try decode(String?.self, row, 5))
        }
    }
}
