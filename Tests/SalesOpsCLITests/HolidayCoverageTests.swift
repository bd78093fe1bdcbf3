import Foundation
import Testing

/// Checklists and status warn on stderr when a due date lies past the calendar's listed holidays.
@Suite struct HolidayCoverageTests {
    static let warning = "salesops: warning: calendar `us-2026-2027` lists holidays only through 2027, but 4 steps are due later, "
        + "the first `review-60-day` on 2028-01-03; holidays after 2027 are not skipped: add them to the calendar\n"

    @Test func blankChecklistPastTheHolidaysWarns() throws {
        let late = try CommandLineTests.salesops(["checklist", "--track", "sdr-30-60-90", "--start", "2027-11-01"])
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stderr == Self.warning)
        #expect(late.stdout.contains("2028-01-03"))
        let covered = try CommandLineTests.salesops(["checklist", "--track", "sdr-30-60-90", "--start", "2026-03-02"])
        #expect(covered.status == 0)
        #expect(covered.stderr.isEmpty)
    }

    @Test func statusAndChecklistOfAPersonPastTheHolidaysWarn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-holidays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ["--store", folder.appendingPathComponent("store.db").path]
        let enrol = try CommandLineTests.salesops(["onboard", "enroll", "zoe", "--track", "sdr-30-60-90", "--start", "2027-11-01", "--today", "2027-10-01"] + store)
        #expect(enrol.status == 0, "\(enrol.stderr)")
        let status = try CommandLineTests.salesops(["onboard", "status", "zoe", "--today", "2027-11-02", "--format", "json"] + store)
        #expect(status.status == 0)
        #expect(status.stderr == Self.warning)
        let checklist = try CommandLineTests.salesops(["checklist", "zoe", "--today", "2027-11-02"] + store)
        #expect(checklist.status == 0)
        #expect(checklist.stderr == Self.warning)
    }
}
