import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsTestSupport
import Testing

extension ManyProcessesTests {
    /// Real processes against one store, on both backends: many writers at once, and an import
    /// killed with SIGKILL half-way.
    @Suite("Store under concurrent and killed processes", .serialized)
    struct StoreProcessTests {
        @Test(arguments: StoreBackend.allCases)
        func eightProcessesOf500WritesStoreAll4000Once(_ backend: StoreBackend) throws {
            let store = try TestStore(backend)
            let plan = try OnboardingFixtures.plan("race")
            try store.open().write(StoreBatch(definitions: StoredDefinition.pinning(plan.version)))
            let writer = try OnboardingFixtures.productsFolder() + "/store-writer"
            let processes = try (0..<8).map { index in
                try TestProcess(writer, [store.location, plan.version.hash, plan.version.calendarHash, String(index), "500"],
                                in: URL(fileURLWithPath: store.folder), environment: [:])
            }
            let results = processes.map { $0.wait() }
            #expect(results.map(\.status) == Array(repeating: 0, count: 8), "\(results.map(\.stderr))")
            let events = try store.open().histories(EnrolmentFilter()).flatMap(\.events)
            let expected = Set((0..<8).flatMap { writer in (0..<500).map { "w\(writer)-\($0)" } })
            #expect(events.count == 4_000)
            #expect(Set(events.map(\.enrolment.person)) == expected)
            // Numbered 1…4000 without a gap or a repeat, whatever the order the writers took turns in.
            #expect(events.map(\.sequence).sorted() == Array(1...4_000))
            #expect(try store.open().integrityProblems() == [])
        }

        /// 100,000 events (20,000 people with five each) as `store export` writes them, made once.
        static let bigExport: Result<String, any Error> = Result {
            let folder = try OnboardingFixtures.folder()
            let plan = try OnboardingFixtures.plan("race")
            let start = CalendarDate(iso: "2026-03-02")!
            var batch = StoreBatch(definitions: StoredDefinition.pinning(plan.version))
            for index in 0..<20_000 {
                let key = EnrolmentKey(person: String(format: "hire%05d", index), track: "race")
                batch.people.append(Person(id: key.person, manager: "manager\(index % 50)"))
                batch.enrolments.append(Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash, start: start))
                batch.events.append(OnboardingEvent(enrolment: key, payload: .enrolled, date: start, recordedAt: "t", actor: "hr", idempotencyKey: "e/\(key.person)"))
                for step in ["badge", "laptop", "policies", "quiz"] {
                    batch.events.append(OnboardingEvent(enrolment: key, payload: .completed(step: step, evidence: nil, note: nil), date: start,
                                                        recordedAt: "t", actor: "hr", idempotencyKey: "c/\(key.person)/\(step)"))
                }
            }
            let store = try SQLiteStore(path: folder + "/source.db")
            try store.write(batch)
            var text = ""
            try StoreDump.export(store) { text += $0 + "\n" }
            let file = folder + "/big.jsonl"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }

        @Test(arguments: StoreBackend.allCases)
        func anImportKilledHalfWayLeavesNoneOfItAndCanBeRunAgain(_ backend: StoreBackend) throws {
            let file = try Self.bigExport.get()
            let store = try TestStore(backend)
            _ = try store.open()
            let importer = try TestProcess(SalesOpsRun.executable, ["store", "import", file] + store.option, in: URL(fileURLWithPath: store.folder),
                                           environment: SalesOpsRun.environment(OnboardingFixtures.variables))
            // Killed while it holds the store's write lock: its transaction has begun and not ended.
            let deadline = Date().addingTimeInterval(120)
            var locked = false
            while Date() < deadline, !locked {
                locked = try backend.isWriteLocked(store.location)
                if !locked { usleep(10_000) }
            }
            kill(importer.processIdentifier, SIGKILL)
            let killed = importer.wait()
            try #require(locked, "the import never took the write lock: \(killed.stderr)")
            #expect(killed.status == SIGKILL, "\(killed.stdout)\(killed.stderr)")
            let afterKill = try store.open()
            let events = try afterKill.eventCount(), people = try afterKill.people().count
            #expect((events == 0 && people == 0) || (events == 100_000 && people == 20_000), "\(events) events, \(people) people")
            #expect(try afterKill.integrityProblems() == [])
            if events == 0 {
                let again = try OnboardingFixtures.salesops(["store", "import", file] + store.option, in: store.folder)
                #expect(again.status == 0, "\(again.errors)")
            }
            #expect(try store.open().eventCount() == 100_000)
            let check = try OnboardingFixtures.salesops(["store", "check"] + store.option, in: store.folder)
            #expect(check.status == 0, "\(check.output)\(check.errors)")
        }
    }
}
