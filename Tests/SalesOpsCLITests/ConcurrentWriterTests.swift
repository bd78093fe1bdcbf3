import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsTestSupport
import Testing

extension ManyProcessesTests {
    /// Many `salesops` processes writing to one store at the same moment, on SQLite and on
    /// PostgreSQL: each decides on the state its write is appended to, so nothing is lost, nothing
    /// is stored twice, and every process says truthfully what became of its command.
    @Suite("Concurrent writers (processes)", .serialized)
    struct ConcurrentWriterTests {
        static let catalog = ["--catalog", OnboardingFixtures.fixtureCatalog]
        static let today = ["--today", "2026-03-04"]

        /// A new store with `people` enrolled on the race track from 2026-03-02.
        static func enrolled(_ people: [String], _ backend: StoreBackend) throws -> TestStore {
            let store = try TestStore(backend)
            for person in people {
                let run = try OnboardingFixtures.salesops(
                    ["onboard", "enroll", person, "--track", "race", "--start", "2026-03-02", "--today", "2026-02-27"] + catalog + store.option,
                    in: store.folder)
                guard run.status == 0 else { throw OnboardingFixtures.Failure(description: "enrolling \(person): \(run.errors)") }
            }
            return store
        }

        static func events(_ store: TestStore, person: String) throws -> [OnboardingEvent] {
            try store.open(create: false).histories(EnrolmentFilter(person: person)).flatMap(\.events)
        }

        @Test(arguments: StoreBackend.allCases)
        func completeAndWaiveRacingOnAStepLeaveExactlyOneClosingEvent(_ backend: StoreBackend) throws {
            let people = ["ana", "ben", "cy"]
            let store = try Self.enrolled(people, backend)
            var commands: [[String]] = []
            for person in people {
                for step in ["badge", "laptop", "policies"] {
                    for verb in ["complete", "waive", "complete", "waive"] {
                        commands.append(["onboard", verb, person, step] + Self.today + Self.catalog + store.option)
                    }
                }
            }
            let runs = try OnboardingFixtures.salesopsConcurrently(commands, in: store.folder)
            for person in people {
                let events = try Self.events(store, person: person)
                for step in ["badge", "laptop", "policies"] {
                    let closing = events.filter { $0.step == step && ($0.kind == .completed || $0.kind == .waived) }
                    try #require(closing.count == 1, "\(person) \(step): \(closing.map(\.kind))")
                    let winner = closing[0].kind
                    let verb = winner == .completed ? "complete" : "waive"
                    let mine = zip(commands, runs).filter { $0.0[2] == person && $0.0[3] == step }
                    var recorded = 0
                    for (command, run) in mine {
                        if command[1] == verb {
                            // The winner, or the same command again: a no-op that says so.
                            #expect(run.status == 0, "\(command): \(run.errors)")
                            if run.output == "\(person) · \(step): \(winner.rawValue) on 2026-03-04\n" {
                                recorded += 1
                            } else {
                                #expect(run.output == "Already recorded: \(winner.rawValue) \(step) for \(person) on 2026-03-04 (event #\(closing[0].sequence)); nothing changed\n")
                            }
                        } else {
                            #expect(run.status == 1, "\(command) was not refused: \(run.output)")
                            #expect(run.output.isEmpty)
                            #expect(run.errors == "salesops: step \(step) was already \(winner.rawValue) on 2026-03-04; events are never changed, so there is nothing to record\n")
                        }
                    }
                    #expect(recorded == 1, "\(person) \(step)")
                }
            }
        }

        @Test(arguments: StoreBackend.allCases)
        func attemptsWithDifferentScoresAreAllRecordedAndRepeatsOnce(_ backend: StoreBackend) throws {
            let store = try Self.enrolled(["ana"], backend)
            let scores = [10, 20, 30, 40, 50, 60]
            // Each score twice: the second of a pair is the same command, so one of the two is a no-op.
            let commands = (scores + scores).map { ["onboard", "attempt", "ana", "quiz", "--score", String($0)] + Self.today + Self.catalog + store.option }
            let runs = try OnboardingFixtures.salesopsConcurrently(commands, in: store.folder)
            for (command, run) in zip(commands, runs) {
                #expect(run.status == 0, "\(command): \(run.errors)")
            }
            let attempts = try Self.events(store, person: "ana").compactMap(\.attempt)
            #expect(attempts.compactMap(\.submission.score).sorted() == scores.map(Double.init))
            #expect(attempts.map(\.number).sorted() == Array(1...scores.count))
            #expect(attempts.allSatisfy { !$0.passed })
            let recorded = runs.filter { $0.output.hasPrefix("ana · quiz: attempt ") && $0.output.contains(" did not pass (score ") }
            let repeated = runs.filter { $0.output.hasPrefix("Already recorded: attempted quiz for ana on 2026-03-04 (event #") }
            #expect(recorded.count == scores.count)
            #expect(repeated.count == scores.count)
        }

        @Test(arguments: StoreBackend.allCases)
        func concurrentEnrolmentsOfOnePersonOnOneTrackHaveOneWinner(_ backend: StoreBackend) throws {
            // No store yet: the processes also race to create and migrate it.
            let store = try TestStore(backend)
            let starts = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"]
            let commands = starts.map {
                ["onboard", "enroll", "zoe", "--track", "race", "--start", $0, "--today", "2026-02-27"] + Self.catalog + store.option
            }
            let runs = try OnboardingFixtures.salesopsConcurrently(commands, in: store.folder)
            let enrolments = try store.open(create: false).enrolments(person: "zoe")
            try #require(enrolments.count == 1)
            let winner = enrolments[0].start.description
            for (command, run) in zip(commands, runs) {
                if command[6] == winner {
                    #expect(run.status == 0, "\(run.errors)")
                    #expect(run.output.hasPrefix("Enrolled zoe in race (version "))
                } else {
                    #expect(run.status == 1, "\(command) was not refused: \(run.output)")
                    #expect(run.errors == "salesops: zoe is already enrolled in race starting \(winner); an enrolment is never moved, so enrol them in another track or keep this one\n")
                }
            }
            #expect(try Self.events(store, person: "zoe").map(\.kind) == [.enrolled])
        }

        @Test(arguments: StoreBackend.allCases)
        func theSameEnrolmentRacingWithItselfIsStoredOnce(_ backend: StoreBackend) throws {
            let store = try TestStore(backend)
            let command = ["onboard", "enroll", "zoe", "--track", "race", "--start", "2026-03-02", "--manager", "maya", "--today", "2026-02-27"]
                + Self.catalog + store.option
            let runs = try OnboardingFixtures.salesopsConcurrently(Array(repeating: command, count: 6), in: store.folder)
            #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.errors))")
            #expect(runs.filter { $0.output.hasPrefix("Enrolled zoe in race") }.count == 1)
            #expect(runs.filter { $0.output == "zoe is already enrolled in race starting 2026-03-02; nothing changed\n" }.count == 5)
            #expect(try Self.events(store, person: "zoe").map(\.kind) == [.enrolled])
        }
    }
}
