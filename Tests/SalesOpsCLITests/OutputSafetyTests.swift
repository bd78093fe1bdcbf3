import Foundation
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// What salesops writes reaches its reader whole and harmless: failed writes are errors,
/// `--output` files are replaced atomically and never through a surprise, and text from the
/// catalog cannot drive the terminal.
@Suite struct OutputSafetyTests {
    static let hostileCatalog = "Tests/SalesOpsCLITests/Fixtures/hostile-catalog"
    static let hostileTitle = "Hostile\u{1B}[2J\u{1B}[31m CRM\u{202E}gnp.exe\u{9B}"

    static let catalog = ["SALESOPS_CATALOG": CommandLineTests.packageRoot.appendingPathComponent("catalog").path]

    /// Runs salesops in this process, or, with `stdout` (a file, a device or a closed pipe),
    /// as the built executable writing its standard output there.
    static func salesops(_ arguments: [String], stdout: FileHandle? = nil, in folder: URL = CommandLineTests.packageRoot) throws -> TestProcess.Result {
        guard let stdout else { return SalesOpsRun.inProcess(arguments, in: folder, variables: catalog) }
        return try SalesOpsRun.process(arguments, in: folder, variables: catalog, stdout: stdout)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: Standard output

    @Test func aFullDiskIsAnError() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try Self.salesops(["catalog", "list"], stdout: full)
        #expect(run.status == 1)
        #expect(run.stderr == "salesops: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedPipeIsAnError() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let run = try Self.salesops(["catalog", "list"], stdout: pipe.fileHandleForWriting)
        #expect(run.status == 1)
        #expect(run.stderr == "salesops: cannot write to standard output: Broken pipe\n")
    }

    @Test func helpThatCannotBeWrittenIsAnError() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try Self.salesops(["--help"], stdout: full)
        #expect(run.status == 1)
    }

    // MARK: --output

    @Test func outputReplacesAFileAtomicallyAndKeepsItsMode() throws {
        let folder = try Self.temporaryFolder()
        let report = folder.appendingPathComponent("report.md").path
        try "old".write(toFile: report, atomically: false, encoding: .utf8)
        chmod(report, 0o640)
        let printed = try Self.salesops(["evaluate", "--format", "markdown", "--today", "2026-11-29"])
        let written = try Self.salesops(["evaluate", "--format", "markdown", "--today", "2026-11-29", "--output", report])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == printed.stdout)
        let attributes = try FileManager.default.attributesOfItem(atPath: report)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }

    @Test func outputWritesThroughASymlinkAndKeepsTheLink() throws {
        let folder = try Self.temporaryFolder()
        let target = folder.appendingPathComponent("real.json").path
        let link = folder.appendingPathComponent("link.json").path
        try "{}".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try Self.salesops(["evaluate", "--format", "json", "--today", "2026-11-29", "--output", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target))) as? [String: Any]
        #expect(report?["evaluation"] != nil)
    }

    @Test func outputRefusesAFolderAndADanglingLink() throws {
        let folder = try Self.temporaryFolder()
        let intoFolder = try Self.salesops(["evaluate", "--output", folder.path])
        #expect(intoFolder.status == 1)
        #expect(intoFolder.stderr == "salesops: cannot write \(folder.path): it is a folder; give a file name inside it\n")
        let link = folder.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.appendingPathComponent("missing/file").path)
        let dangling = try Self.salesops(["evaluate", "--output", link])
        #expect(dangling.status == 1)
        #expect(dangling.stderr == "salesops: cannot write \(link): it is a symbolic link to a file that does not exist; give the real path\n")
    }

    @Test func outputWritesThroughADevice() throws {
        let full = try Self.salesops(["evaluate", "--output", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr == "salesops: cannot write /dev/full: No space left on device\n")
        let null = try Self.salesops(["evaluate", "--output", "/dev/null"])
        #expect(null.status == 0, "\(null.stderr)")
    }

    // MARK: Terminal-safe text

    /// A character that a terminal would act on rather than show.
    static func hasTerminalControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    @Test func catalogTextIsShownEscaped() throws {
        let list = try Self.salesops(["catalog", "list", "--catalog", Self.hostileCatalog])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(!Self.hasTerminalControl(list.stdout))
        #expect(list.stdout.contains(#"Tool  hostile-crm  Hostile\u001B[2J\u001B[31m CRM\u202Egnp.exe\u009B"#), "\(list.stdout)")
    }

    @Test func jsonKeepsTheTextExactlyWhileStayingTerminalSafe() throws {
        let show = try Self.salesops(["catalog", "show", "Tool/hostile-crm", "--format", "json", "--catalog", Self.hostileCatalog])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(!Self.hasTerminalControl(show.stdout))
        let object = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        let metadata = object?["metadata"] as? [String: Any]
        #expect(metadata?["title"] as? String == Self.hostileTitle)
        let spec = object?["spec"] as? [String: Any]
        #expect(spec?["vendor"] as? String == "Vendor\u{7F} Inc.\rOverwritten")
    }

    @Test func yamlReadsBackAsTheSameDocument() throws {
        let show = try Self.salesops(["catalog", "show", "Tool/hostile-crm", "--format", "yaml", "--catalog", Self.hostileCatalog])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(!Self.hasTerminalControl(show.stdout))
        #expect(show.stdout.contains(#"title: "Hostile\x1B[2J\x1B[31m CRM\u202Egnp.exe\x9B""#), "\(show.stdout)")
        // Written back to a catalog folder, it validates and shows the same again.
        let folder = try Self.temporaryFolder()
        try show.stdout.write(to: folder.appendingPathComponent("tool.yaml"), atomically: true, encoding: .utf8)
        let again = try Self.salesops(["catalog", "show", "Tool/hostile-crm", "--format", "yaml", "--catalog", folder.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == show.stdout)
    }

    @Test func jsonReportOnStandardOutputAndInAFileIsTerminalSafe() throws {
        let folder = try Self.temporaryFolder()
        try FileManager.default.copyItem(
            at: CommandLineTests.packageRoot.appendingPathComponent(Self.hostileCatalog + "/tools.yaml"),
            to: folder.appendingPathComponent("tools.yaml"))
        try """
            apiVersion: salesops/v1
            kind: Team
            metadata: { name: hostile-team, title: "Team\\u202E\\x7f" }
            spec:
              seats: 10
              budget: { perYear: 100000, currency: USD }
              horizonYears: 3
            """.write(to: folder.appendingPathComponent("team.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["evaluate", "--team", "hostile-team", "--category", "crm", "--format", "json", "--today", "2026-11-29",
                         "--catalog", folder.path]
        let printed = try Self.salesops(arguments)
        #expect(printed.status == 0, "\(printed.stderr)")
        let report = folder.appendingPathComponent("report.json")
        let written = try Self.salesops(arguments + ["--output", report.path])
        #expect(written.status == 0, "\(written.stderr)")
        let file = try String(contentsOf: report, encoding: .utf8)
        #expect(file == printed.stdout)
        #expect(!Self.hasTerminalControl(file))
        #expect(file.contains(#""title": "Hostile\u001b[2J\u001b[31m CRM\u202Egnp.exe\u009B""#), "\(file)")
        let object = try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any]
        let ranking = object?["ranking"] as? [[String: Any]]
        #expect(ranking?.first?["title"] as? String == Self.hostileTitle)
    }

    // MARK: The little things

    @Test func versionIsPrinted() throws {
        let run = try Self.salesops(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.7.0\n")
    }

    @Test func checklistWithoutArgumentsIsAUsageError() throws {
        let run = try Self.salesops(["checklist"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Error: give PERSON (their checklist from the store), or --track TRACK and --start DATE (a blank one)\n"))
        #expect(run.stderr.contains("Usage: salesops checklist"))
    }

    @Test func bashCompletesSubcommands() throws {
        let executable = (PluginSearchPath.runningExecutableFolder ?? CommandLineTests.packageRoot.appendingPathComponent(".build/debug").path) + "/salesops"
        let script = """
            source <("\(executable)" --generate-completion-script bash)
            COMP_WORDS=(salesops ev); COMP_CWORD=1; COMP_LINE="salesops ev"; COMP_POINT=${#COMP_LINE}
            _salesops salesops ev salesops
            printf '%s\\n' "${COMPREPLY[@]}"
            COMPREPLY=()
            COMP_WORDS=(salesops onboard sta); COMP_CWORD=2; COMP_LINE="salesops onboard sta"; COMP_POINT=${#COMP_LINE}
            _salesops salesops sta onboard
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "evaluate\nstatus\n", "\(output)")
    }
}
