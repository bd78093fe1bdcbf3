import ArgumentParser
import SalesOpsApp

/// `salesops onboard history PERSON`: every event, oldest first.
struct OnboardHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every recorded event of a person, in the order recorded.",
        discussion: "Example: salesops onboard history ana.lima"
    )

    @Argument(help: "The person's id.")
    var person: String

    @Option(help: "Only this track.")
    var track: String?

    @Option(help: "table, json, csv or markdown.")
    var format: ReportFormat = .table

    @Flag(help: "Refused: one person's history identifies them; use an aggregate report instead.")
    var anonymize = false

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if anonymize {
            throw ValidationError("onboard history lists one person's events, and their dates and steps identify them under any "
                + "pseudonym; for the team's picture use an aggregate such as `salesops onboard status --by cohort --anonymize`")
        }
    }

    func run() throws {
        let rows = try workspaceOptions.service.history(person: person, track: track).map(EventSummary.init)
        if format == .json {
            print(try Output.json(rows))
            return
        }
        print(format.render(["#", "DATE", "TRACK", "EVENT", "STEP", "DETAIL", "BY"],
                            rows.map { [String($0.sequence), $0.date, $0.track, $0.event, $0.step ?? "", $0.detail, $0.actor] }))
    }
}
