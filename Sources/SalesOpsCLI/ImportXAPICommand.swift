import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops import xapi FILE|-`.
struct ImportXAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xapi",
        abstract: "Record completions, attempts and waivers from xAPI statements a learning platform exported.",
        discussion: """
            The file (or - for standard input) holds xAPI 1.0.3 statements: a JSON array, JSON Lines (one \
            statement a line), or LRS query results ({"statements": [...], "more": "..."}, one page a line). \
            Positions are [N] in an array (from 0), line N in JSON Lines, page P [N] in results.

            completed and satisfied complete a step (with result.score, they are an attempt); passed and failed \
            are attempts, whose score (result.score.raw, else scaled x 100) goes to the step's verifier; cmi5's \
            waived waives the step; voided voids a statement of the same file or one imported before. The actor is matched by mbox, \
            mbox_sha1sum or account name against people's ids and recorded emails; the activity by the track's \
            xapi mapping, else an id ending in /STEP-ID.

            An invalid statement refuses the whole file, each listed with its position. Valid statements that \
            match no person or step, or that the onboarding rules refuse, are listed as skipped (exit code 1) \
            and the others are recorded, in one transaction. Each statement is recorded once, by its id: \
            importing the file again changes nothing.

            Example: salesops import xapi lms-statements.json
            """
    )

    @Argument(help: "The statements file, or - for standard input.")
    var file: String

    @Option(help: "table or json.")
    var format: ImportFormat = .table

    @OptionGroup var workspaceOptions: WorkspaceOptions

    enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    func run() throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: Invocation.current.path(file)) else { throw OnboardOptionError.unreadableFile(file) }
            bytes = Array(data)
        }
        let source = file == "-" ? "<stdin>" : file
        let report = try workspaceOptions.service.importXAPI(bytes, source: source)
        switch format {
        case .json:
            print(try Output.json(report))
        case .table:
            let rows = report.results.map { result in
                [result.position.description, String(result.statement.prefix(8)), result.outcome.rawValue, result.person ?? "",
                 result.step ?? "", Self.detail(result)]
            }
            print(Output.table(["POSITION", "STATEMENT", "OUTCOME", "PERSON", "STEP", "DETAIL"], rows))
            print("Imported \(source): \(report.recorded) recorded, \(report.alreadyRecorded) already recorded, "
                + "\(report.voided) voided, \(report.skipped) skipped, of \(counted(report.statements, "statement"))")
        }
        if let more = report.more {
            Output.error("\(source): the LRS has more statements beyond this file; fetch the next page: \(more)")
        }
        if report.skipped > 0 { throw ProblemsListed(summary: "\(source): \(counted(report.skipped, "statement")) skipped", advice: "the others were recorded") }
    }

    /// The event and the verifier's decision, or why nothing was recorded.
    static func detail(_ result: XAPIStatementResult) -> String {
        if let message = result.message { return message }
        guard let event = result.event else { return "" }
        return result.passed.map { event + ($0 ? ", passed" : ", failed") } ?? event
    }
}
