import Foundation
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsTestSupport
import Testing

/// Idempotency by content: the same command with the same values is a no-op that says so
/// (exit 0); other values are recorded as a new event or refused (exit 1), never dropped.
@Suite("Repeated commands", .serialized)
struct IdempotentCommandTests {
    static let catalog = ["--catalog", OnboardingFixtures.fixtureCatalog]

    static func run(_ arguments: [String], in folder: String) throws -> OnboardingFixtures.Run {
        try OnboardingFixtures.salesops(arguments + catalog, in: folder)
    }

    static func events(_ folder: String) throws -> [OnboardingEvent] {
        try SQLiteStore(path: folder + "/salesops.db", create: false).histories(EnrolmentFilter()).flatMap(\.events)
    }

    @Test func theSameStepCommandTwiceIsANoOpAndAnotherIsRefused() throws {
        let folder = try OnboardingFixtures.folder()
        #expect(try Self.run(["onboard", "enroll", "ana", "--track", "race", "--start", "2026-03-02", "--today", "2026-02-27"], in: folder).status == 0)
        let complete = ["onboard", "complete", "ana", "badge", "--note", "at the rules", "--today", "2026-03-03"]
        #expect(try Self.run(complete, in: folder).output == "ana · badge: completed on 2026-03-03\n")
        let stored = try Self.events(folder)
        let again = try Self.run(complete, in: folder)
        #expect(again.status == 0)
        #expect(again.output == "Already recorded: completed badge for ana on 2026-03-03 (event #2); nothing changed\n")
        // The same command a day later (another date) and with another note are other requests: refused.
        for other in [["onboard", "complete", "ana", "badge", "--note", "at the rules", "--today", "2026-03-04"],
                      ["onboard", "complete", "ana", "badge", "--note", "at reception", "--today", "2026-03-03"],
                      ["onboard", "waive", "ana", "badge", "--today", "2026-03-03"]] {
            let refused = try Self.run(other, in: folder)
            #expect(refused.status == 1, "\(other)")
            #expect(refused.errors == "salesops: step badge was already completed on 2026-03-03; events are never changed, so there is nothing to record\n")
        }
        #expect(try Self.events(folder) == stored)
    }

    @Test func theSameAttemptTwiceIsANoOpAndAnotherScoreIsAnotherAttempt() throws {
        let folder = try OnboardingFixtures.folder()
        #expect(try Self.run(["onboard", "enroll", "ana", "--track", "race", "--start", "2026-03-02", "--today", "2026-02-27"], in: folder).status == 0)
        let attempt = ["onboard", "attempt", "ana", "quiz", "--score", "70", "--today", "2026-03-04"]
        #expect(try Self.run(attempt, in: folder).output == "ana · quiz: attempt 1 on 2026-03-04 did not pass (score 70 < pass mark 80)\n")
        let again = try Self.run(attempt, in: folder)
        #expect(again.status == 0)
        #expect(again.output == "Already recorded: attempted quiz for ana on 2026-03-04 (event #2); nothing changed\n")
        let higher = try Self.run(["onboard", "attempt", "ana", "quiz", "--score", "90", "--today", "2026-03-04"], in: folder)
        #expect(higher.output == "ana · quiz: attempt 2 on 2026-03-04 passed (score 90 ≥ pass mark 80)\n")
        // Another day's attempt is refused while certified; the pass repeated is a no-op.
        let passAgain = try Self.run(["onboard", "attempt", "ana", "quiz", "--score", "90", "--today", "2026-03-05"], in: folder)
        #expect(passAgain.status == 1)
        #expect(passAgain.errors == "salesops: step quiz is already certified and the certification does not expire\n")
        let repeatPass = try Self.run(["onboard", "attempt", "ana", "quiz", "--score", "90", "--today", "2026-03-04"], in: folder)
        #expect(repeatPass.status == 0)
        #expect(repeatPass.output == "Already recorded: attempted quiz for ana on 2026-03-04 (event #3); nothing changed\n")
        #expect(try Self.events(folder).compactMap(\.attempt?.submission.score) == [70, 90])
    }

    @Test func enrollingAgainWithOtherDetailsIsRefused() throws {
        let folder = try OnboardingFixtures.folder()
        let enroll = ["onboard", "enroll", "ana", "--track", "race", "--start", "2026-03-02", "--manager", "maya", "--today", "2026-02-27"]
        #expect(try Self.run(enroll, in: folder).status == 0)
        let same = try Self.run(enroll, in: folder)
        #expect(same.status == 0)
        #expect(same.output == "ana is already enrolled in race starting 2026-03-02; nothing changed\n")
        let otherManager = try Self.run(["onboard", "enroll", "ana", "--track", "race", "--start", "2026-03-02", "--manager", "sam",
                                         "--today", "2026-02-27"], in: folder)
        #expect(otherManager.status == 1)
        #expect(otherManager.errors == "salesops: ana is already enrolled in race with manager maya (given: sam); nothing was changed, since an enrolment is never silently changed\n")
        let store = try SQLiteStore(path: folder + "/salesops.db", create: false)
        #expect(try store.person("ana")?.manager == "maya")
        #expect(try store.eventCount() == 1)
    }
}
