import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing
@testable import SalesOpsStore

/// Both stores, a real SQLite file and a real PostgreSQL database, against the same tests:
/// migrations, idempotent appends, all-or-nothing writes, concurrent writers, the pseudonym
/// key, append-only events.
@Suite("Store (SQLite and PostgreSQL)")
struct StoreTests {
    static let start = CalendarDate(iso: "2026-03-02")!

    static func batch(_ plan: TrackPlan, people: [String], stepsEach: Int = 2, keyPrefix: String = "") -> StoreBatch {
        var batch = StoreBatch(definitions: StoredDefinition.pinning(plan.version))
        for id in people {
            let key = EnrolmentKey(person: id, track: plan.name)
            batch.people.append(Person(id: id, manager: "maya"))
            batch.enrolments.append(Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash, start: start))
            batch.events.append(OnboardingEvent(enrolment: key, payload: .enrolled, date: start, recordedAt: "t", actor: "test",
                                                idempotencyKey: "\(keyPrefix)enrol/\(id)"))
            for step in plan.steps.prefix(stepsEach) {
                batch.events.append(OnboardingEvent(enrolment: key, payload: .completed(step: step.id, evidence: nil, note: nil), date: start.adding(days: 1),
                                                    recordedAt: "t", actor: "test", idempotencyKey: "\(keyPrefix)complete/\(id)/\(step.id)"))
            }
        }
        return batch
    }

    @Test(arguments: StoreBackend.allCases)
    func createsAndMigratesOnFirstUse(_ backend: StoreBackend) throws {
        let location = try backend.newStore()
        let store = try backend.open(location)
        #expect(try store.schemaVersion() == 5)
        #expect(try store.eventCount() == 0)
        #expect(try store.integrityProblems() == [])
        // Opening again applies nothing twice.
        #expect(try backend.open(location).schemaVersion() == 5)
    }

    /// Access tokens as the server keeps them: hashes only, in the order created, revoked once.
    @Test(arguments: StoreBackend.allCases)
    func tokensAreKeptByHashAndRevokedOnce(_ backend: StoreBackend) throws {
        let tokens = try #require(try backend.make() as? any TokenStore)
        let first = StoredToken(id: "t1", hash: String(repeating: "a", count: 64), role: "manager", person: "maya.chen", createdAt: "2026-03-01T09:00:00Z")
        let second = StoredToken(id: "t0", hash: String(repeating: "b", count: 64), role: "viewer", person: nil, createdAt: "2026-03-02T09:00:00Z")
        try tokens.addToken(first)
        try tokens.addToken(second)
        #expect(try tokens.tokens() == [first, second])
        #expect(try tokens.token(hash: second.hash) == second)
        #expect(try tokens.revokeToken(id: "t1", at: "2026-03-03T09:00:00Z"))
        #expect(try !tokens.revokeToken(id: "t1", at: "2026-03-04T09:00:00Z"))
        #expect(try tokens.token(hash: first.hash)?.revokedAt == "2026-03-03T09:00:00Z")
    }

    @Test(arguments: StoreBackend.allCases)
    func readingAStoreThatWasNeverCreatedIsAClearError(_ backend: StoreBackend) throws {
        let error = try #require(throws: StoreError.self) { try backend.open(try backend.newStore(), create: false) }
        #expect(error.message.contains("is created by the first `salesops onboard enroll`"))
    }

    @Test(arguments: StoreBackend.allCases)
    func writingTheSameBatchTwiceChangesNothing(_ backend: StoreBackend) throws {
        let store = try backend.make()
        let plan = try OnboardingFixtures.plan("quick-cert")
        let batch = Self.batch(plan, people: ["ana", "ben"])
        let first = try store.write(batch)
        #expect(first == StoreWriteSummary(enrolmentsAdded: 2, eventsAppended: 6, eventsSkipped: 0))
        let before = try OnboardingFixtures.eventRows(of: store)
        let second = try store.write(batch)
        #expect(second == StoreWriteSummary(enrolmentsAdded: 0, eventsAppended: 0, eventsSkipped: 6))
        #expect(try OnboardingFixtures.eventRows(of: store) == before)
        let histories = try store.histories(EnrolmentFilter(person: "ana"))
        #expect(histories.count == 1)
        #expect(histories[0].events.map(\.kind) == [.enrolled, .completed, .completed])
        #expect(try store.definition(plan.version.hash) == plan.version.trackJSON)
        // Skipped events leave no gap: the next one is numbered right after the stored ones.
        let next = OnboardingEvent(enrolment: EnrolmentKey(person: "ana", track: plan.name), payload: .paused(note: nil), date: Self.start,
                                   recordedAt: "t", actor: "test", idempotencyKey: "pause/ana")
        try store.write(StoreBatch(events: [next]))
        #expect(try store.histories(EnrolmentFilter(person: "ana")).first?.events.map(\.sequence) == [1, 2, 3, 7])
    }

    @Test(arguments: StoreBackend.allCases)
    func aFailingWriteLeavesNothing(_ backend: StoreBackend) throws {
        let store = try backend.make()
        let plan = try OnboardingFixtures.plan("quick-cert")
        try store.write(Self.batch(plan, people: ["ana"]))
        let before = try OnboardingFixtures.eventRows(of: store)
        var batch = Self.batch(plan, people: ["ben", "cy"], keyPrefix: "2/")
        // The last event refers to an enrolment nobody created: the whole batch must go.
        batch.events.append(OnboardingEvent(enrolment: EnrolmentKey(person: "ghost", track: plan.name), payload: .completed(step: "intro", evidence: nil, note: nil),
                                            date: Self.start, recordedAt: "t", actor: "test", idempotencyKey: "ghost"))
        let error = try #require(throws: StoreError.self) { try store.write(batch) }
        #expect(error.description.contains("ghost on quick-cert, which is not enrolled"))
        #expect(try OnboardingFixtures.eventRows(of: store) == before)
        #expect(try store.enrolments(person: nil).map(\.person) == ["ana"])
    }

    @Test(arguments: StoreBackend.allCases)
    func anErrorInsideExclusiveRollsBackItsWrites(_ backend: StoreBackend) throws {
        let store = try backend.make()
        let plan = try OnboardingFixtures.plan("quick-cert")
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try store.exclusive { () throws -> Void in
                try store.write(Self.batch(plan, people: ["ana"]))
                #expect(try store.eventCount() == 3)
                throw Refused()
            }
        }
        #expect(try store.eventCount() == 0)
        #expect(try store.people() == [])
    }

    @Test(arguments: StoreBackend.allCases)
    func eventsCannotBeChangedOrDeletedEvenDirectly(_ backend: StoreBackend) throws {
        let location = try backend.newStore()
        let store = try backend.open(location)
        try store.write(Self.batch(try OnboardingFixtures.plan("quick-cert"), people: ["ana"]))
        let before = try OnboardingFixtures.eventRows(of: store)
        for sql in ["UPDATE events SET actor = 'someone else'", "DELETE FROM events"] {
            #expect(throws: (any Error).self, "\(sql)") { try backend.execute(sql, in: location) }
        }
        if backend == .postgres {
            #expect(throws: (any Error).self) { try backend.execute("TRUNCATE events CASCADE", in: location) }
        }
        #expect(try OnboardingFixtures.eventRows(of: store) == before)
    }

    @Test(arguments: StoreBackend.allCases)
    func concurrentWritersWaitForEachOther(_ backend: StoreBackend) async throws {
        let path = try backend.newStore()
        _ = try backend.open(path)
        let plan = try OnboardingFixtures.plan("quick-cert")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let store = try backend.open(path)
                    for round in 0..<25 {
                        try store.write(Self.batch(plan, people: ["w\(writer)-\(round)"], stepsEach: 3))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try backend.open(path).eventCount() == 4 * 25 * 4)
    }

    @Test(arguments: StoreBackend.allCases)
    func thePseudonymKeyIsCreatedOnceAndKept(_ backend: StoreBackend) throws {
        let path = try backend.newStore()
        let key = try backend.open(path).pseudonymKey()
        #expect(key.count == 32)
        #expect(try backend.open(path).pseudonymKey() == key)
        let other = try backend.make().pseudonymKey()
        #expect(other != key)
        try backend.open(path).rotatePseudonymKey()
        let rotated = try backend.open(path).pseudonymKey()
        #expect(rotated.count == 32 && rotated != key)
    }

    /// The badge signing key: created once as key-1, kept; a rotation adds key-2 as the current
    /// key and keeps key-1, so credentials signed before still verify; the pseudonym key is untouched.
    @Test(arguments: StoreBackend.allCases)
    func theBadgeKeyIsCreatedOnceAndRotationKeepsTheOldOnes(_ backend: StoreBackend) throws {
        let path = try backend.newStore()
        let pseudonyms = try backend.open(path).pseudonymKey()
        let first = try backend.open(path).badgeKeys()
        #expect(first.current == "key-1")
        #expect(first.keys.map(\.id) == ["key-1"])
        #expect(first.keys[0].seed.count == 32)
        #expect(try backend.open(path).badgeKeys() == first)
        #expect(try backend.make().badgeKeys().keys[0].seed != first.keys[0].seed)

        let rotated = try backend.open(path).rotateBadgeKey()
        #expect(rotated.current == "key-2")
        #expect(rotated.keys.map(\.id) == ["key-1", "key-2"])
        #expect(rotated.keys[0].seed == first.keys[0].seed)
        #expect(rotated.keys[1].seed != first.keys[0].seed)
        #expect(try backend.open(path).badgeKeys() == rotated)
        #expect(try backend.open(path).rotateBadgeKey().keys.map(\.id) == ["key-1", "key-2", "key-3"])
        #expect(try backend.open(path).pseudonymKey() == pseudonyms)
    }

    @Test func aFileThatIsNotAStoreIsAClearError() throws {
        let path = try OnboardingFixtures.folder() + "/notes.db"
        try "these are my notes, not a database\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error.description.contains("not a salesops store"))
    }

    @Test(arguments: StoreBackend.allCases)
    func aVersion1StoreIsMigratedWithEveryEventKept(_ backend: StoreBackend) throws {
        // store-v1.sql: `sqlite3 salesops.db .dump` of a store the release before re-pins wrote.
        let path = try backend.version1Store()
        let store = try backend.open(path)
        #expect(try store.schemaVersion() == 5)
        let history = try #require(try store.histories(EnrolmentFilter(person: "ana.lima")).first)
        #expect(history.events.map { "\($0.sequence) \($0.kind) \($0.step ?? "-") \($0.date) \($0.actor) \(Self.note(of: $0) ?? "-")" } == [
            "1 enrolled - 2026-02-27 maya.chen -",
            "2 completed accounts-setup 2026-03-03 maya.chen -",
            "3 waived tools-orientation 2026-03-04 maya.chen knows the tools",
            "4 completed product-training 2026-03-06 maya.chen -",
            "5 completed icp-persona-training 2026-03-11 maya.chen -",
            "6 completed messaging-playbook 2026-03-12 maya.chen -",
            "7 attempted shadow-discovery-calls 2026-03-13 maya.chen -",
            "8 attempted cold-call-certification 2026-03-16 maya.chen -",
        ])
        #expect(history.events.last?.payload == .attempted(
            step: "cold-call-certification", .init(submission: .init(score: 72), number: 1, passed: false, reason: "score 72 < pass mark 80")))
        // The migrated table takes re-pins and keeps history append-only.
        let repin = OnboardingEvent(enrolment: history.enrolment.key, payload: .repinned(from: "old", to: "new", note: nil), date: Self.start,
                                    recordedAt: "t", actor: "maya.chen", idempotencyKey: "repin")
        #expect(try store.write(StoreBatch(events: [repin])).eventsAppended == 1)
        let stored = try #require(try store.histories(EnrolmentFilter(person: "ana.lima")).first?.events.last)
        #expect(stored.payload == .repinned(from: "old", to: "new", note: nil) && stored.sequence == 9)
        #expect(throws: (any Error).self) { try backend.execute("DELETE FROM events", in: path) }
    }

    /// Every kind of payload comes back from its columns exactly as it was written.
    @Test(arguments: StoreBackend.allCases)
    func everyPayloadRoundTripsThroughItsColumns(_ backend: StoreBackend) throws {
        let store = try backend.make()
        let plan = try OnboardingFixtures.plan("quick-cert")
        var batch = Self.batch(plan, people: ["ana"], stepsEach: 0)
        let key = EnrolmentKey(person: "ana", track: plan.name)
        let payloads: [EventPayload] = [
            .completed(step: "intro", evidence: 3, note: "done early"),
            .waived(step: "prep", note: nil),
            .attempted(step: "pitch-quiz", .init(submission: .init(score: 72.5, value: 10, signedOffBy: "maya", note: "retake"),
                                                 number: 2, passed: false, reason: "score 72.5 < pass mark 80")),
            .attempted(step: "pitch-quiz", .init(submission: .init(evidence: 0), number: 3, passed: true, reason: "")),
            .attempted(step: "board", .init(submission: .init(evidence: 2, note: "deck"), number: 1, passed: false,
                                            reason: "waiting for the review board", pending: true)),
            .repinned(from: "old", to: "new", note: "track fixed"),
            .withdrawn(reason: "left the company"),
            .paused(note: "parental leave"),
            .resumed(note: nil),
            .transferred(manager: "sam", note: "team split"),
            .detailsChanged(PersonDetails(email: "ana@example.com", timezone: "Europe/Paris", contact: "jo"), note: nil),
            .detailsChanged(PersonDetails(contact: "kim"), note: "new champion"),
            .rescheduled(start: CalendarDate(iso: "2026-03-16")!, note: "visa delay"),
            .reenrolled(start: CalendarDate(iso: "2026-06-01")!, from: "new", to: "newer", note: "rehired"),
            .voided(key: "event-0", note: "voided in the LMS"),
        ]
        for (index, payload) in payloads.enumerated() {
            batch.events.append(OnboardingEvent(enrolment: key, payload: payload, date: Self.start, recordedAt: "t", actor: "test",
                                                idempotencyKey: "event-\(index)"))
        }
        try store.write(batch)
        let events = try #require(try store.histories(EnrolmentFilter(person: "ana")).first?.events)
        #expect(events.map(\.payload) == [.enrolled] + payloads)
    }

    /// A row that lacks a column its kind needs is reported, never read with made-up values.
    @Test(arguments: StoreBackend.allCases)
    func aRowMissingItsKindsColumnsIsAClearError(_ backend: StoreBackend) throws {
        let location = try backend.newStore()
        let store = try backend.open(location)
        try store.write(Self.batch(try OnboardingFixtures.plan("quick-cert"), people: ["ana"], stepsEach: 0))
        try backend.execute("""
            INSERT INTO events(id, enrolment_id, kind, step, on_date, recorded_at, actor, score, idempotency_key)
            VALUES (2, 1, 'attempted', 'pitch-quiz', '2026-03-03', 't', 'test', 90, 'hand-written')
            """, in: location)
        let error = try #require(throws: StoreError.self) { try store.histories(EnrolmentFilter(person: "ana")) }
        #expect(error.description == "store \(store.location): event #2 (attempted) has no attempt_number; the store is damaged or comes from a newer salesops")
    }

    static func note(of event: OnboardingEvent) -> String? {
        switch event.payload {
        case .enrolled: return nil
        case .completed(_, _, let note), .waived(_, let note), .repinned(_, _, let note): return note
        case .attempted(_, let attempt): return attempt.submission.note
        case .withdrawn(let reason): return reason
        case .paused(let note), .resumed(let note), .transferred(_, let note), .detailsChanged(_, let note),
             .rescheduled(_, let note), .reenrolled(_, _, _, let note), .voided(_, let note): return note
        }
    }
}
