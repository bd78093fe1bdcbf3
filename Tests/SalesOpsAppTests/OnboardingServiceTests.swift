import Foundation
import Testing
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore
@testable import SalesOpsApp

/// The onboarding use cases called directly, as the CLI and the server call them: a real
/// SQLite file in a fresh folder, the shipped catalog and the bundled plugins SwiftPM built.
@Suite("Onboarding services")
struct OnboardingServiceTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let today = CalendarDate(year: 2026, month: 3, day: 20)!

    /// A service over a new store in a new temporary folder.
    static func service() throws -> (service: OnboardingService, store: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-app-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = folder + "/salesops.db"
        // The bundled plugins, as salesops finds them: beside the running (test) executable.
        let plugins = PluginSettings()
        let service = OnboardingService(storePath: store, today: today,
                                        catalog: CatalogService(directory: packageRoot.appendingPathComponent("catalog").path),
                                        plugins: plugins)
        return (service, store)
    }

    /// The error `body` throws; nil when it succeeds.
    static func error<T>(_ body: () throws(AppError) -> T) -> AppError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    /// The onboarding rules' refusal `body` throws; nil when it succeeds or fails otherwise.
    static func refusal<T>(_ body: () throws(AppError) -> T) -> OnboardingError? {
        guard case .onboarding(let refusal)? = error(body) else { return nil }
        return refusal
    }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static let hires = """
        person,email,track,start,manager,timezone
        ana.lima,ana.lima@example.com,sdr-30-60-90,2026-03-02,maya.chen,America/New_York
        ben.okafor,ben.okafor@example.com,ae-onboarding,2026-03-02,maya.chen,

        """

    @Test func enrolPinsTheCurrentVersionAndRollsTheStartToABusinessDay() throws {
        let (service, path) = try Self.service()
        let request = EnrolRequest(person: "ana.lima", track: "sdr-30-60-90", start: Self.date("2026-03-01"), manager: "maya.chen")
        let result = try service.enrol(request)
        let stored = try #require(try SQLiteStore(path: path).enrolments(person: "ana.lima").first)
        #expect(stored.trackVersion.count == 64)
        #expect(result == EnrolResult(key: EnrolmentKey(person: "ana.lima", track: "sdr-30-60-90"), trackVersion: stored.trackVersion,
                                      start: Self.date("2026-03-01"), effectiveStart: Self.date("2026-03-02"), enrolled: true))

        // The same enrolment again changes nothing; another start is refused.
        var again = result
        again.enrolled = false
        #expect(try service.enrol(request) == again)
        var moved = request
        moved.start = Self.date("2026-04-06")
        #expect(Self.refusal { () throws(AppError) in try service.enrol(moved) }
                == .alreadyEnrolled(person: "ana.lima", track: "sdr-30-60-90", start: Self.date("2026-03-01")))
        #expect(try SQLiteStore(path: path).eventCount() == 1)
    }

    @Test func recordingAppendsOnceAndTheVerifierDecidesAttempts() throws {
        let (service, path) = try Self.service()
        _ = try service.enrol(EnrolRequest(person: "ana.lima", track: "sdr-30-60-90", start: Self.date("2026-03-02")))
        let step = StepRequest(person: "ana.lima", step: "product-training", on: Self.date("2026-03-06"))
        let completed = try service.complete(step)
        #expect(completed.alreadyRecorded == false)
        #expect([completed.event.kind.rawValue, completed.event.step, completed.event.date.description] == ["completed", "product-training", "2026-03-06"])
        let repeated = try service.complete(step)
        #expect(repeated.alreadyRecorded)
        // The stored event: the second in the store, after the enrolment.
        #expect(repeated.event.idempotencyKey == completed.event.idempotencyKey)
        #expect(repeated.event.sequence == 2)

        // A step waiting for others is refused, and nothing is written.
        #expect(Self.refusal { () throws(AppError) in try service.complete(StepRequest(person: "ana.lima", step: "first-sequences-live")) }
                == .stepBlocked(step: "first-sequences-live", openDependencies: ["cold-call-certification", "crm-hygiene-training"]))

        for dependency in ["icp-persona-training", "messaging-playbook", "shadow-discovery-calls"] {
            _ = try service.waive(StepRequest(person: "ana.lima", step: dependency, on: Self.date("2026-03-09")))
        }
        let attempt = try service.attempt(StepRequest(person: "ana.lima", step: "cold-call-certification", on: Self.date("2026-03-18")),
                                          submitting: AttemptSubmission(score: 86))
        guard case .attempted(_, let decided) = attempt.event.payload else {
            Issue.record("not an attempt: \(attempt.event.payload)")
            return
        }
        #expect(decided.number == 1)
        #expect(decided.passed)
        #expect(attempt.certifiedUntil == Self.date("2027-03-18"))
        #expect(try SQLiteStore(path: path).eventCount() == 6)
    }

    @Test func importEnrolsEveryRowOnceOrRefusesTheWholeFile() throws {
        let (service, path) = try Self.service()
        #expect(try service.importHires(csv: Self.hires, source: "hires.csv") == ImportResult(rows: 2, enrolmentsAdded: 2))
        #expect(try service.importHires(csv: Self.hires, source: "hires.csv") == ImportResult(rows: 2, enrolmentsAdded: 0))

        let moved = Self.hires.replacingOccurrences(of: "ae-onboarding,2026-03-02", with: "ae-onboarding,2026-04-06")
            + "chloe.martin,,csm-onboarding,2026-04-06,sam.ortiz,Europe/Paris\n"
        guard case .importRefused(let source, let problems)? = Self.error({ () throws(AppError) in
            try service.importHires(csv: moved, source: "hires.csv")
        }) else {
            Issue.record("a file with a bad row was imported")
            return
        }
        #expect(source == "hires.csv")
        #expect(problems == [ImportProblem(line: 3, column: "start", message: OnboardingError.alreadyEnrolled(
            person: "ben.okafor", track: "ae-onboarding", start: Self.date("2026-03-02")).description)])
        // All or nothing: chloe.martin's good row was not imported either.
        #expect(try SQLiteStore(path: path).people().map(\.id) == ["ana.lima", "ben.okafor"])
    }

    @Test func statusReportsEveryoneElseAndNamesTheBrokenEnrolment() throws {
        let (service, path) = try Self.service()
        _ = try service.importHires(csv: Self.hires, source: "hires.csv")
        // ben.okafor's pinned version becomes one that no longer reads as a track.
        let store = try SQLiteStore(path: path)
        var broken = try #require(try store.enrolments(person: "ben.okafor").first)
        let content = #"{"kind":"Track"}"#
        let hash = SHA256.hex(of: Array(content.utf8))
        broken.trackVersion = hash
        try store.write(StoreBatch(definitions: [StoredDefinition(hash: hash, kind: "Track", name: "ae-onboarding", content: content)],
                                   pins: [broken]))

        let report = try service.status(ReportQuery())
        #expect(report.rows.map(\.person.id) == ["ana.lima"])
        #expect(report.problems.count == 1)
        guard case .enrolmentUnreadable(let key, let version, let problem) = try #require(report.problems.first) else {
            Issue.record("not an unreadable enrolment: \(report.problems)")
            return
        }
        #expect(key == EnrolmentKey(person: "ben.okafor", track: "ae-onboarding"))
        #expect(version == hash)
        #expect(problem.hasPrefix("it no longer reads as a track ("))

        // The other reports leave it out the same way; asked for by name, it is the error.
        #expect(try service.overdue(ReportQuery()).problems == report.problems)
        #expect(try service.status(ReportQuery(manager: "maya.chen")).rows.map(\.person.id) == ["ana.lima"])
        #expect(Self.refusal { () throws(AppError) in try service.status(person: "ben.okafor", track: nil) } == report.problems[0])
    }
}
