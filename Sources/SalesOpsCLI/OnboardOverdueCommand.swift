import ArgumentParser
import SalesOpsApp

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
        if filterOptions.anonymize {
            let report = try workspaceOptions.service.anonymousOverdue(try filterOptions.query())
            print(try AnonymousReportRendering.render(
                report, key: "steps", format: format,
                header: ["PSEUDONYM", "MANAGER", "TRACK", "STEP", "OWNER", "DUE WEEK", "WEEKS OVERDUE"]) { row in
                    [row.pseudonym, row.manager, row.track, row.step, row.owner, row.dueWeek.description, String(row.weeksOverdue)]
                })
            try failIfLeftOut(report.problems)
            return
        }
        let report = try workspaceOptions.service.overdue(try filterOptions.query())
        let rows = report.steps.map { step in
            Row(person: step.person, manager: step.manager, track: step.track, step: step.step, owner: step.owner,
                due: step.due.description, daysOverdue: step.daysOverdue, blockedBy: step.blockedBy)
        }
        if format == .json {
            print(try Output.json(rows))
        } else if rows.isEmpty, format == .table {
            print(report.problems.isEmpty ? "Nothing is overdue." : "Nothing else is overdue.")
        } else {
            print(format.render(
                ["PERSON", "MANAGER", "TRACK", "STEP", "OWNER", "DUE", "DAYS OVERDUE", "WAITS FOR"],
                rows.map { [$0.person, $0.manager ?? "", $0.track, $0.step, $0.owner, $0.due, String($0.daysOverdue),
                            $0.blockedBy.joined(separator: ", ")] }))
        }
        try failIfLeftOut(report.problems)
    }
}
