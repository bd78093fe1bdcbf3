import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsTestSupport
import Testing

/// `import xapi` and `export xapi` with the shipped catalog, a real SQLite store and the
/// README's LMS export (examples/lms-statements.json). Expected outputs are files under
/// Fixtures/xapi; regenerate with `SALESOPS_UPDATE_GOLDEN=1` after an intended change.
@Suite struct XAPICommandTests {
    static let folder = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsCLITests/Fixtures/xapi")
    static let example = CommandLineTests.packageRoot.appendingPathComponent("examples/lms-statements.json").path

    static func run(_ arguments: [String], in folder: String) throws -> OnboardingFixtures.Run {
        try OnboardingFixtures.salesops(arguments, in: folder)
    }

    /// Compares `actual` with the file `name`, or writes it when updating golden files.
    static func expectGolden(_ actual: String, _ name: String) throws {
        let url = folder.appendingPathComponent(name)
        if JSONContractTests.updating {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } else {
            #expect(actual == (try String(contentsOf: url, encoding: .utf8)), "\(name) differs")
        }
    }

    /// Ana (with an email) and Ben (without) enrolled as in the README.
    static func enrolled() throws -> String {
        let store = try OnboardingFixtures.folder()
        for arguments in [
            ["onboard", "enroll", "ana.lima", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "maya.chen",
             "--email", "ana.lima@example.com", "--today", "2026-02-23"],
            ["onboard", "enroll", "ben.okafor", "--track", "ae-onboarding", "--start", "2026-03-02", "--manager", "maya.chen", "--today", "2026-02-23"],
        ] {
            let result = try run(arguments, in: store)
            #expect(result.status == 0, "\(result.errors)")
        }
        return store
    }

    static func events(_ store: String) throws -> [OnboardingEvent] {
        try SQLiteStore(path: store + "/salesops.db", create: false).histories(EnrolmentFilter()).flatMap(\.events)
    }

    @Test func anLMSExportIsRecordedAndWhatMatchesNothingIsReportedWithItsPosition() throws {
        let store = try Self.enrolled()
        let table = try Self.run(["import", "xapi", Self.example, "--today", "2026-03-06"], in: store)
        #expect(table.status == 1)
        try Self.expectGolden(table.output.replacingOccurrences(of: Self.example, with: "lms-statements.json"), "import-lms-statements.txt")
        #expect(table.errors.replacingOccurrences(of: Self.example, with: "lms-statements.json")
            == "salesops: lms-statements.json: 2 statements skipped (listed above); the others were recorded\n")
        let recorded = try Self.events(store).filter { $0.idempotencyKey.hasPrefix("xapi/") }
        #expect(recorded.map { "\($0.enrolment.person) \($0.step ?? "") \($0.date)" } == [
            "ana.lima accounts-setup 2026-03-03", "ana.lima tools-orientation 2026-03-05", "ana.lima product-training 2026-03-06",
            "ben.okafor accounts-setup 2026-03-03",
        ])

        // Again: every statement is known by its id, and nothing changes.
        let before = try Self.events(store)
        let again = try Self.run(["import", "xapi", "lms.json", "--today", "2026-03-06", "--format", "json"], in: try Self.copyExample(to: store))
        #expect(again.status == 1)
        try Self.expectGolden(again.output, "import-lms-statements-again.json")
        try JSONContractTests.validate(Self.folder.appendingPathComponent("import-lms-statements-again.json"), against: "output/import-xapi.schema.json")
        #expect(try Self.events(store) == before)
    }

    /// `import xapi -` reads the statements from standard input, as a pipe from an LRS client
    /// gives them, and reports as for a file, with `<stdin>` for its name.
    @Test func statementsPipedToStandardInputAreImportedAsFromAFile() throws {
        let store = try Self.enrolled()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SalesOpsRun.executable)
        process.arguments = ["import", "xapi", "-", "--today", "2026-03-06"]
        process.currentDirectoryURL = URL(fileURLWithPath: store)
        process.environment = SalesOpsRun.environment([:])
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: Self.example))
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complained = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let fromFile = try String(contentsOf: Self.folder.appendingPathComponent("import-lms-statements.txt"), encoding: .utf8)
        #expect(printed == fromFile.replacingOccurrences(of: "lms-statements.json", with: "<stdin>"))
        #expect(complained == "salesops: <stdin>: 2 statements skipped (listed above); the others were recorded\n")
        #expect(try Self.events(store).filter { $0.idempotencyKey.hasPrefix("xapi/") }.count == 4)
    }

    static func copyExample(to store: String) throws -> String {
        try? FileManager.default.removeItem(atPath: store + "/lms.json")
        try FileManager.default.copyItem(atPath: example, toPath: store + "/lms.json")
        return store
    }

    @Test func theImportReportIsJSONMatchingItsSchema() throws {
        let store = try Self.copyExample(to: try Self.enrolled())
        let result = try Self.run(["import", "xapi", "lms.json", "--today", "2026-03-06", "--format", "json"], in: store)
        #expect(result.status == 1)
        try Self.expectGolden(result.output, "import-lms-statements.json")
        try JSONContractTests.validate(Self.folder.appendingPathComponent("import-lms-statements.json"), against: "output/import-xapi.schema.json")
    }

    @Test func anInvalidStatementRefusesTheWholeFileWithEveryProblemAndItsPosition() throws {
        let store = try Self.enrolled()
        let fixture = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsXAPITests/Fixtures/invalid-statements.json")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: store + "/invalid.json")
        let before = try Self.events(store)
        let result = try Self.run(["import", "xapi", "invalid.json", "--today", "2026-03-06"], in: store)
        #expect(result.status == 1)
        #expect(result.output == "")
        try Self.expectGolden(result.errors, "import-invalid.errors")
        #expect(try Self.events(store) == before)
    }

    @Test func anLRSPageWithMoreToFetchSaysSo() throws {
        let store = try Self.enrolled()
        let fixture = CommandLineTests.packageRoot.appendingPathComponent("Tests/SalesOpsXAPITests/Fixtures/lrs-query-result.json")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: store + "/page.json")
        let result = try Self.run(["import", "xapi", "page.json", "--today", "2026-03-06"], in: store)
        #expect(result.errors == """
            salesops: page.json: the LRS has more statements beyond this file; fetch the next page: /xapi/statements?more=4f1c2a9e0b7d
            salesops: page.json: 1 statement skipped (listed above); the others were recorded

            """)
        #expect(result.output.hasSuffix("Imported page.json: 2 recorded, 0 already recorded, 0 voided, 1 skipped, of 3 statements\n"))
    }

    /// The README's walkthrough store: enrolments, completions with evidence, a waiver, failed
    /// and passed attempts and a sign-off.
    static func walkthrough() throws -> String {
        let store = try OnboardingFixtures.folder()
        try FileManager.default.copyItem(at: JSONContractTests.folder.appendingPathComponent("hires.csv"),
                                         to: URL(fileURLWithPath: store).appendingPathComponent("hires.csv"))
        for arguments in JSONContractTests.lines("seed.txt") {
            let result = try run(arguments, in: store)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
        }
        return store
    }

    @Test func everyExportedStatementIsValidXAPIAndStable() throws {
        let store = try Self.walkthrough()
        let result = try Self.run(["export", "xapi", "--output", "statements.json"], in: store)
        #expect(result.status == 0, "\(result.errors)")
        let exported = URL(fileURLWithPath: store).appendingPathComponent("statements.json")
        try Self.expectGolden(try String(contentsOf: exported, encoding: .utf8), "export-walkthrough.json")
        try JSONContractTests.validate(exported, against: "xapi-statements.schema.json")

        let since = try Self.run(["export", "xapi", "--since", "2026-03-16", "--format", "jsonl"], in: store)
        #expect(since.output.split(separator: "\n").map { line in
            let statement = try? JSONValue(parsing: String(line))
            return "\(statement?["verb"]?["display"]?["en-US"]?.stringValue ?? "") \(statement?["timestamp"]?.stringValue ?? "")"
        } == ["completed 2026-03-16T12:00:00Z", "passed 2026-03-16T12:00:00Z", "failed 2026-03-18T12:00:00Z",
              "passed 2026-03-20T12:00:00Z", "passed 2026-03-20T12:00:00Z"])
    }

    /// Export, then import into a fresh store with the same enrolments: the same completions,
    /// waivers and attempts, and an export identical to the first.
    @Test func exportThenImportIntoAFreshStoreReproducesTheRecord() throws {
        let original = try Self.walkthrough()
        #expect(try Self.run(["export", "xapi", "--output", "statements.json"], in: original).status == 0)
        let fresh = try OnboardingFixtures.folder()
        try FileManager.default.copyItem(at: JSONContractTests.folder.appendingPathComponent("hires.csv"),
                                         to: URL(fileURLWithPath: fresh).appendingPathComponent("hires.csv"))
        for arguments in JSONContractTests.lines("seed.txt") where arguments[1] == "enroll" || arguments[1] == "import" {
            #expect(try Self.run(arguments, in: fresh).status == 0)
        }
        let imported = try Self.run(["import", "xapi", original + "/statements.json", "--today", "2026-03-20"], in: fresh)
        #expect(imported.status == 0, "\(imported.output)\(imported.errors)")
        func record(_ store: String) throws -> [String] {
            try Self.events(store).filter { [.completed, .waived, .attempted].contains($0.kind) }
                .map { "\($0.enrolment) \($0.date) \($0.payload)" }.sorted()
        }
        #expect(try record(fresh) == (try record(original)))
        #expect(try Self.run(["export", "xapi"], in: fresh).output
            == (try String(contentsOf: URL(fileURLWithPath: original + "/statements.json"), encoding: .utf8)))
    }

    /// A voiding statement for a recorded statement: the step is open again in the status, the
    /// history keeps both events, a store export and import keeps the void, and the xAPI
    /// export leaves the voided completion out.
    @Test func voidingARecordedStatementReopensTheStep() throws {
        let store = try Self.copyExample(to: try Self.enrolled())
        _ = try Self.run(["import", "xapi", "lms.json", "--today", "2026-03-06"], in: store)
        func productTraining(_ folder: String) throws -> String? {
            let status = try JSONValue(parsing: try Self.run(["onboard", "status", "ana.lima", "--today", "2026-03-06", "--format", "json"], in: folder).output)
            return status["steps"]?.arrayValue?.first { $0["id"]?.stringValue == "product-training" }?["status"]?.stringValue
        }
        #expect(try productTraining(store) == "completed")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("void-product-training.jsonl"),
                                         to: URL(fileURLWithPath: store).appendingPathComponent("void.jsonl"))
        let voiding = try Self.run(["import", "xapi", "void.jsonl", "--today", "2026-03-06"], in: store)
        #expect(voiding.status == 0, "\(voiding.errors)")
        #expect(voiding.output.contains("line 1    9c1d7e52   recorded  ana.lima  product-training  voids the completed event #6"), "\(voiding.output)")
        #expect(try productTraining(store) != "completed")
        let history = try Self.run(["onboard", "history", "ana.lima", "--format", "json"], in: store).output
        #expect(history.contains("\"detail\": \"voids xapi/6e5a0f1d-a3fd-4e83-94f6-18029730c577\""))
        // Again: nothing changes.
        #expect(try Self.run(["import", "xapi", "void.jsonl", "--today", "2026-03-06"], in: store).output.contains("already-recorded"))

        let exported = try Self.run(["export", "xapi"], in: store).output
        #expect(!exported.contains("6e5a0f1d") && exported.contains("7523f3a2"))

        #expect(try Self.run(["store", "export", "--output", "dump.jsonl"], in: store).status == 0)
        let copy = try OnboardingFixtures.folder()
        let imported = try Self.run(["store", "import", store + "/dump.jsonl"], in: copy)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(try Self.events(copy) == (try Self.events(store)))
        #expect(try productTraining(copy) != "completed")
    }
}
