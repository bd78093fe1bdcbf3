import ArgumentParser
import SalesOpsApp

/// `salesops export xapi [--since DATE]`.
struct ExportXAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xapi",
        abstract: "Write enrolments, completions, waivers and certification attempts as xAPI 1.0.3 statements.",
        discussion: """
            For a learning record store or an LMS: a JSON array of statements (or JSON Lines with --format jsonl). \
            Verbs are ADL's registered, completed, passed and failed, and cmi5's waived. The actor is the person's \
            recorded email (mbox), else an account named by their id at https://salesops.dev/people. Each \
            statement's timestamp is its day at 12:00 UTC, and context.registration is the same UUID for every \
            statement of an enrolment. Statement ids are stable: an event exports with the same id every time \
            (one imported from xAPI, with its own), so an LRS takes each statement once.

            Example: salesops export xapi --since 2026-03-01 --output statements.json
            """
    )

    @Option(help: ArgumentHelp("Only what happened on or after this date (YYYY-MM-DD).", valueName: "date"), transform: CalendarDate.argument)
    var since: CalendarDate?

    @Option(help: "json (an array) or jsonl (one statement a line).")
    var format: StatementsFormat = .json

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    enum StatementsFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    func run() throws {
        let statements = try workspaceOptions.service.exportXAPI(since: since)
        let text = switch format {
        case .json: JSONValue.array(statements).prettyText
        case .jsonl: statements.map(\.jsonText).joined(separator: "\n")
        }
        try Output.write(text, to: output.map(Invocation.current.path), isTerminalSafe: format == .json)
    }
}
