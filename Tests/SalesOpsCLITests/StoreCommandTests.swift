import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsTestSupport
import Testing

extension ManyProcessesTests {
    /// `salesops store migrate|check|export|import` on both backends, and the move of a store from
    /// SQLite to PostgreSQL and back: every report reads the same after each move.
    @Suite("Store commands")
    struct StoreCommandTests {
        static let catalog = ["--catalog", OnboardingFixtures.fixtureCatalog]

        /// A store with enrolments, completions, waivers, attempts, transfers, detail changes, a
        /// pause and a withdrawal, built through the commands users run.
        static func populated(_ backend: StoreBackend) throws -> TestStore {
            let store = try TestStore(backend)
            let commands: [[String]] = [
                ["onboard", "enroll", "ana", "--track", "race", "--start", "2026-03-02", "--manager", "maya", "--email", "ana@example.com", "--today", "2026-02-27"],
                ["onboard", "enroll", "ben", "--track", "race", "--start", "2026-03-09", "--manager", "sam", "--today", "2026-02-27"],
                ["onboard", "enroll", "cy", "--track", "race", "--start", "2026-03-02", "--manager", "maya", "--today", "2026-02-27"],
                ["onboard", "enroll", "ana", "--track", "quick-cert", "--start", "2026-03-16", "--today", "2026-02-27"],
                ["onboard", "complete", "ana", "badge", "--track", "race", "--today", "2026-03-03"],
                ["onboard", "waive", "ana", "laptop", "--track", "race", "--note", "brings her own", "--today", "2026-03-03"],
                ["onboard", "attempt", "ana", "quiz", "--track", "race", "--score", "72.5", "--today", "2026-03-04"],
                ["onboard", "attempt", "ana", "quiz", "--track", "race", "--score", "91", "--today", "2026-03-05"],
                ["onboard", "transfer", "ben", "--manager", "maya", "--on", "2026-03-10", "--note", "team split", "--today", "2026-03-10"],
                ["onboard", "details", "cy", "--email", "cy@example.com", "--timezone", "Europe/Berlin", "--today", "2026-03-04"],
                ["onboard", "pause", "ben", "--today", "2026-03-11"],
                ["onboard", "withdraw", "cy", "--reason", "left the company", "--today", "2026-03-12"],
            ]
            for command in commands {
                let run = try OnboardingFixtures.salesops(command + catalog + store.option, in: store.folder)
                guard run.status == 0 else { throw OnboardingFixtures.Failure(description: "\(command): \(run.errors)") }
            }
            return store
        }

        /// What users read from a store: the status list, a rollup, histories, anonymised reports.
        static func reports(_ store: TestStore) throws -> [String] {
            let commands: [[String]] = [
                ["onboard", "status", "--format", "json"],
                ["onboard", "status", "--by", "manager", "--format", "json"],
                ["onboard", "history", "ana", "--track", "race", "--format", "json"],
                ["onboard", "history", "ben", "--format", "csv"],
                ["onboard", "status", "--anonymize", "--min-group", "2", "--format", "json"],
            ]
            return try commands.map { command in
                let run = try OnboardingFixtures.salesops(command + ["--today", "2026-03-20"] + catalog + store.option, in: store.folder)
                guard run.status == 0 else { throw OnboardingFixtures.Failure(description: "\(command) on \(store): \(run.errors)") }
                return "$ \(command.joined(separator: " "))\n\(run.output)"
            }
        }

        static func export(_ store: TestStore) throws -> String {
            let run = try OnboardingFixtures.salesops(["store", "export"] + store.option, in: store.folder)
            guard run.status == 0 else { throw OnboardingFixtures.Failure(description: "export of \(store): \(run.errors)") }
            return run.output
        }

        static func importing(_ file: String, into store: TestStore) throws -> OnboardingFixtures.Run {
            try OnboardingFixtures.salesops(["store", "import", file] + store.option, in: store.folder)
        }

        @Test func aStoreMovesFromSQLiteToPostgreSQLAndBackUnchanged() throws {
            let sqlite = try Self.populated(.sqlite)
            // Two badge signing keys, the second current: badges signed with either must still verify after the move.
            try sqlite.open().rotateBadgeKey()
            let badgeKeys = try sqlite.open().rotateBadgeKey()
            let before = try Self.reports(sqlite)
            let exported = try Self.export(sqlite)
            // The header, 3 definitions (the two tracks share a calendar), 3 people, 4 enrolments, the pseudonym key,
            // 2 badge keys, 12 events.
            #expect(exported.split(separator: "\n").count == 1 + 3 + 3 + 4 + 1 + 2 + 12)
            let file = sqlite.folder + "/onboarding.jsonl"
            try exported.write(toFile: file, atomically: true, encoding: .utf8)

            let postgres = try TestStore(.postgres)
            let loaded = try Self.importing(file, into: postgres)
            #expect(loaded.status == 0, "\(loaded.errors)")
            #expect(loaded.output == "Imported \(file) into \(postgres.location): 3 people, 4 enrolments, 12 events\n")
            #expect(try Self.reports(postgres) == before)
            #expect(try Self.export(postgres) == exported)
            #expect(try postgres.open().badgeKeys() == badgeKeys)

            let back = try TestStore(.sqlite)
            let file2 = back.folder + "/from-postgres.jsonl"
            try Self.export(postgres).write(toFile: file2, atomically: true, encoding: .utf8)
            #expect(try Self.importing(file2, into: back).status == 0)
            #expect(try Self.reports(back) == before)
            #expect(try Self.export(back) == exported)

            // Recording goes on after the move, numbered after the imported events, the same on both.
            for store in [sqlite, postgres] {
                let run = try OnboardingFixtures.salesops(["onboard", "complete", "ben", "badge", "--today", "2026-03-20"] + Self.catalog + store.option,
                                                          in: store.folder)
                #expect(run.status == 0, "\(run.errors)")
            }
            #expect(try Self.reports(postgres) == Self.reports(sqlite))
            #expect(try postgres.open().histories(EnrolmentFilter(person: "ben")).flatMap(\.events).last?.sequence == 13)
        }

        @Test(arguments: StoreBackend.allCases)
        func importRefusesAStoreThatIsNotEmptyAndChangesNothing(_ backend: StoreBackend) throws {
            let source = try Self.populated(.sqlite)
            let file = source.folder + "/onboarding.jsonl"
            try Self.export(source).write(toFile: file, atomically: true, encoding: .utf8)
            let target = try Self.populated(backend)
            let before = try Self.export(target)
            let refused = try Self.importing(file, into: target)
            #expect(refused.status == 1)
            #expect(refused.errors == "salesops: store \(target.location): the store holds 3 people and 12 events already; import only into a new, empty store (a new file or database), so nothing is mixed\n")
            #expect(try Self.export(target) == before)
        }

        @Test func importReportsEveryBadLineAndLoadsNothing() throws {
            let source = try Self.populated(.sqlite)
            let exported = try Self.export(source).split(separator: "\n").map(String.init)
            var lines = exported
            lines[5] = "{\"record\":\"person\"}"
            lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: "\"kind\":", with: "\"kindd\":")
            lines.insert("not json", at: 7)
            let target = try TestStore(.postgres)
            let file = target.folder + "/broken.jsonl"
            try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let refused = try Self.importing("broken.jsonl", into: target)
            #expect(refused.status == 1)
            #expect(refused.errors == """
                broken.jsonl: line 6: this person has no id
                broken.jsonl: line 8: invalid JSON at byte 0: expected null
                broken.jsonl: line 26: this event has no kind
                salesops: 3 problems in broken.jsonl; nothing was imported

                """)
            #expect(try target.open().eventCount() == 0)
            // A file cut short is found by the counts its first line announces.
            try (exported.prefix(20).joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let cut = try Self.importing("broken.jsonl", into: target)
            #expect(cut.errors == """
                broken.jsonl: line 21: the header announces 12 events and the file holds 7; the file is cut short or was edited, so export again
                salesops: 1 problem in broken.jsonl; nothing was imported

                """)
        }

        @Test(arguments: StoreBackend.allCases)
        func checkFindsAChangedDefinitionAndMigrateSaysWhereTheSchemaIs(_ backend: StoreBackend) throws {
            let store = try Self.populated(backend)
            let migrate = try OnboardingFixtures.salesops(["store", "migrate"] + store.option, in: store.folder)
            #expect(migrate.output == "Store \(store.location): schema version 5, up to date\n")
            let sound = try OnboardingFixtures.salesops(["store", "check"] + store.option, in: store.folder)
            #expect(sound.status == 0, "\(sound.output)\(sound.errors)")
            #expect(sound.output == """
                Store \(store.location): schema version 5; 3 pinned definitions, 3 people, 4 enrolments, 12 events
                OK: every event reads back, every pinned definition matches its hash, events are append-only, and the database finds nothing wrong

                """)
            try backend.execute("UPDATE definitions SET content = content || ' ' WHERE kind = 'Calendar'", in: store.location)
            let damaged = try OnboardingFixtures.salesops(["store", "check"] + store.option, in: store.folder)
            #expect(damaged.status == 1)
            let hash = try #require(try store.open().definitions().first { $0.kind == "Calendar" }?.hash)
            #expect(damaged.output.hasSuffix("problem: the calendar version \(hash.prefix(12)) (plain-weekdays) no longer matches its hash: its content was changed\n"))
            #expect(damaged.errors == "salesops: store \(store.location): 1 problem found (listed above); restore the store from an export or a backup\n")
        }

        @Test func salesopsStoreNamesAPostgreSQLStoreAndNoOutputShowsItsPassword() throws {
            let server = try TestPostgres.server()
            let database = "owned_" + UUID().uuidString.prefix(8).lowercased()
            _ = try server.psql("CREATE DATABASE \(database) OWNER \(TestPostgres.passwordUser)", database: "postgres")
            let url = server.url(database, user: TestPostgres.passwordUser, password: TestPostgres.password)
            let shown = "postgres://\(TestPostgres.passwordUser):***@/\(database)?host=\(server.folder)"
            let folder = try OnboardingFixtures.folder()
            var variables = OnboardingFixtures.variables
            variables["SALESOPS_STORE"] = url
            let runs = [
                ["onboard", "enroll", "ana", "--track", "race", "--start", "2026-03-02", "--today", "2026-02-27"] + Self.catalog,
                ["onboard", "rotate-pseudonyms"],
                ["store", "check"],
            ].map { SalesOpsRun.inProcess($0, in: URL(fileURLWithPath: folder), variables: variables) }
            #expect(runs.map(\.status) == [0, 0, 0], "\(runs.map(\.stderr))")
            #expect(runs[1].stdout.hasPrefix("Pseudonyms rotated in \(shown): "))
            #expect(runs[2].stdout.hasPrefix("Store \(shown): schema version 5; 2 pinned definitions, 1 person, 1 enrolment, 1 event\n"))
            // Nothing was written beside the commands: the store is the database.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
            let wrong = SalesOpsRun.inProcess(["onboard", "status", "--store", url.replacingOccurrences(of: TestPostgres.password, with: "guess-Wrong-1")] + Self.catalog,
                                              in: URL(fileURLWithPath: folder), variables: variables)
            #expect(wrong.status == 1)
            #expect(wrong.stderr == "salesops: store \(shown): password authentication failed for user \"\(TestPostgres.passwordUser)\"; check the user and password in the store URL [SQLSTATE 28P01]\n")
            for run in runs + [wrong] {
                #expect(!(run.stdout + run.stderr).contains(TestPostgres.password) && !(run.stdout + run.stderr).contains("guess-Wrong-1"))
            }
        }
    }
}
