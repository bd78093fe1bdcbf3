import Foundation
import SalesOpsTestSupport
import Testing

/// Imported names and free text have limits, and what breaks them is reported, escaped.
@Suite struct ImportLimitsTests {
    @Test func hostileHiresRowsAreRefusedByLineAndColumn() throws {
        let folder = try OnboardingFixtures.folder()
        let file = OnboardingFixtures.fixture("hires-hostile.csv")
        let run = try OnboardingFixtures.salesops(["onboard", "import", file, "--today", "2026-02-20"], in: folder)
        #expect(run.status == 1)
        let long = String(repeating: "b", count: 250) + "@example.com"
        #expect(run.errors == """
            \(file): line 2, column manager: "maya\\u001B[2J.chen" is not a person id; a manager is named by their id: 1-64 letters, digits, `.`, `_`, `-` or `@`
            \(file): line 3, column email: "\(long)" is not an email address (name@domain, at most 254 characters)
            \(file): line 4, column email: "cy @example.com" is not an email address (name@domain, at most 254 characters)
            salesops: 3 problems in \(file); nothing was imported

            """)
        #expect(try OnboardingFixtures.eventRows(folder + "/salesops.db").isEmpty)
    }

    @Test func notesAreLimitedAndShownEscaped() throws {
        let folder = try OnboardingFixtures.folder()
        let enrol = try OnboardingFixtures.salesops(
            ["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--today", "2026-03-02"], in: folder)
        #expect(enrol.status == 0, "\(enrol.errors)")
        let tooLong = try OnboardingFixtures.salesops(
            ["onboard", "complete", "ana.lima", "accounts-setup", "--note", String(repeating: "x", count: 2001), "--today", "2026-03-03"], in: folder)
        #expect(tooLong.status == 2)
        #expect(tooLong.errors.hasPrefix("Error: --note is 2001 characters long; keep it to 2000"))
        let history = try OnboardingFixtures.salesops(["onboard", "history", "ana.lima", "--today", "2026-03-03"], in: folder)
        #expect(history.status == 0)
        let hostile = try OnboardingFixtures.salesops(
            ["onboard", "complete", "ana.lima", "accounts-setup", "--note", "done\u{1B}[2J\u{202E}", "--today", "2026-03-03"], in: folder)
        #expect(hostile.status == 0, "\(hostile.errors)")
        let after = try OnboardingFixtures.salesops(["onboard", "history", "ana.lima", "--today", "2026-03-03"], in: folder)
        #expect(after.output.contains("done\\u001B[2J\\u202E"), "\(after.output)")
        #expect(!after.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    @Test func enrolRefusesAManagerOrEmailThatIsNotOne() throws {
        let folder = try OnboardingFixtures.folder()
        let run = try OnboardingFixtures.salesops(
            ["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "Maya Chen"], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: --manager \"Maya Chen\" is not a person id"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/salesops.db"))
    }
}
