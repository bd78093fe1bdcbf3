import ArgumentParser
import SalesOpsApp

/// `salesops onboard overdue`: every step past its due date that is not done.
struct OnboardOverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List every overdue step (not done, due date passed), most overdue first.",
        discussion: "Example: salesops onboard overdue --manager maya.chen"
    )

    @OptionGroup var options: ReportOptions

    func run() throws {
        let service = options.workspace.service
        if options.filter.anonymize {
            try options.showAnonymous(
                try service.anonymousOverdue(try options.filter.query()), key: "steps",
                header: ["PSEUDONYM", "MANAGER", "TRACK", "STEP", "OWNER", "DUE WEEK", "WEEKS OVERDUE"]) { row in
                    [row.pseudonym, row.manager, row.track, row.step, row.owner, row.dueWeek.description, String(row.weeksOverdue)]
                }
            return
        }
        let report = try service.overdue(try options.filter.query())
        try options.show(
            report.rows, none: report.problems.isEmpty ? "Nothing is overdue." : "Nothing else is overdue.",
            header: ["PERSON", "MANAGER", "TRACK", "STEP", "OWNER", "DUE", "DAYS OVERDUE", "WAITS FOR"],
            problems: report.problems) {
                [$0.person, $0.manager ?? "", $0.track, $0.step, $0.owner, $0.due.description, String($0.daysOverdue),
                 $0.blockedBy.joined(separator: ", ")]
            }
    }
}
