import ArgumentParser
import SalesOpsApp
import SalesOpsOnboarding

/// `salesops onboard overdue`: every step past its due date that is not done.
struct OnboardOverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List every overdue step (not done, due date passed), most overdue first.",
        discussion: "Example: salesops onboard overdue --manager maya.chen"
    )

    @OptionGroup var filterOptions: ReportFilter

    @Option(help: "table, json, csv or markdown.")
    var format: ReportFormat = .table

    @OptionGroup var workspaceOptions: WorkspaceOptions

    struct Row: Encodable {
        var person: String
        var manager: String?
        var track: String
        var step: String
        var owner: String
        var due: String
        var daysOverdue: Int
        var blockedBy: [String]
    }

    func run() throws {
        try OnboardingWorkspace.run {
            let workspace = try workspaceOptions.open(writing: false)
            let (states, problems) = try workspace.states(matching: filterOptions)
            let rows = states.flatMap { state in
                state.steps.filter { $0.status == .overdue }.map { step in
                    Row(person: state.person.id, manager: state.person.manager, track: state.enrolment.track, step: step.id,
                        owner: step.owner, due: step.due.description, daysOverdue: step.due.days(until: state.today),
                        blockedBy: step.blockedBy)
                }
            }.sorted { ($1.daysOverdue, $0.person, $0.step) < ($0.daysOverdue, $1.person, $1.step) }
            if format == .json {
                print(try Output.json(rows))
            } else if rows.isEmpty, format == .table {
                print(problems.isEmpty ? "Nothing is overdue." : "Nothing else is overdue.")
            } else {
                print(format.render(
                    ["PERSON", "MANAGER", "TRACK", "STEP", "OWNER", "DUE", "DAYS OVERDUE", "WAITS FOR"],
                    rows.map { [$0.person, $0.manager ?? "", $0.track, $0.step, $0.owner, $0.due, String($0.daysOverdue),
                                $0.blockedBy.joined(separator: ", ")] }))
            }
            try workspace.reportProblems(problems)
        }
    }
}
