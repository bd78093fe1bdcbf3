import Foundation
import SalesOpsTestSupport
import Testing

/// Reports read a store and never create one: a missing store (a mistyped `--store`, or a
/// folder without `salesops.db`) is an error naming the path; writing commands create it.
@Suite("Reports on a missing store", .serialized)
struct MissingStoreTests {
    static let reports: [[String]] = [
        ["onboard", "status"], ["onboard", "status", "ana.lima"], ["onboard", "status", "--by", "manager"], ["onboard", "overdue"],
        ["onboard", "expiring"], ["onboard", "history", "ana.lima"], ["checklist", "ana.lima"],
    ]

    static func message(_ path: String) -> String {
        "salesops: store \(path): no store at this path; a store is created by the first `salesops onboard enroll` or `salesops onboard import`, so check --store (default: ./salesops.db)\n"
    }

    /// Run as the built executable: the message names the store path as the user wrote it.
    @Test func aReportOnAMissingStoreIsAnErrorAndCreatesNothing() throws {
        let folder = try OnboardingFixtures.folder()
        for report in Self.reports {
            let byDefault = try OnboardingFixtures.salesopsConcurrently([report], in: folder)[0]
            #expect(byDefault.status == 1, "\(report)")
            #expect(byDefault.errors == Self.message("salesops.db"), "\(report)")
            #expect(byDefault.output.isEmpty)
            let mistyped = try OnboardingFixtures.salesopsConcurrently([report + ["--store", "team/onbaording.db"]], in: folder)[0]
            #expect(mistyped.status == 1, "\(report)")
            #expect(mistyped.errors == Self.message("team/onbaording.db"), "\(report)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    @Test func writingCommandsCreateTheStoreOnFirstUse() throws {
        let folder = try OnboardingFixtures.folder()
        let enrol = try OnboardingFixtures.salesops(
            ["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--store", "team.db", "--today", "2026-02-20"],
            in: folder)
        #expect(enrol.status == 0, "\(enrol.errors)")
        let status = try OnboardingFixtures.salesops(["onboard", "status", "--store", "team.db", "--today", "2026-02-20"], in: folder)
        #expect(status.status == 0)
        #expect(status.output.hasSuffix("1 enrolment: 1 on track, 0 at risk, 0 late, 0 completed\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/salesops.db"))
    }
}
