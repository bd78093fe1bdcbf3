import ArgumentParser
import SalesOpsApp
import SalesOpsBasics
import SalesOpsOnboarding

/// `salesops onboard expiring --within 30d`: certifications to renew soon, and expired ones.
struct OnboardExpiringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiring",
        abstract: "List certifications that expire within a period (and those already expired), soonest first.",
        discussion: "Example: salesops onboard expiring --within 30d"
    )

    @Option(help: ArgumentHelp("How far ahead to look: 30d, 6w, 3m, 1y.", valueName: "period"))
    var within: String = "30d"

    @OptionGroup var filterOptions: ReportFilter

    @Option(help: "table, json, csv or markdown.")
    var format: ReportFormat = .table

    @OptionGroup var workspaceOptions: WorkspaceOptions

    struct Row: Encodable {
        var person: String
        var manager: String?
        var track: String
        var step: String
        var certification: String
        var certifiedOn: String
        var renewalOpensOn: String?
        var expiresOn: String
        var state: String
    }

    func run() throws {
        try OnboardingWorkspace.run {
            guard let period = DatePeriod(within) else { throw OnboardOptionError.invalidPeriod(option: "--within", text: within) }
            let workspace = try workspaceOptions.open(writing: false)
            let (states, problems) = try workspace.states(matching: filterOptions)
            var rows: [Row] = []
            for state in states {
                let horizon = period.added(to: state.today)
                for step in state.steps {
                    guard let last = step.periods.last, let expires = last.expiresOn, expires <= horizon else { continue }
                    rows.append(Row(person: state.person.id, manager: state.person.manager, track: state.enrolment.track,
                                    step: step.id, certification: step.certification ?? step.title,
                                    certifiedOn: last.certifiedOn.description, renewalOpensOn: last.renewalOpensOn?.description,
                                    expiresOn: expires.description, state: last.state(on: state.today).rawValue))
                }
            }
            rows.sort { ($0.expiresOn, $0.person, $0.step) < ($1.expiresOn, $1.person, $1.step) }
            if format == .json {
                print(try Output.json(rows))
            } else if rows.isEmpty, format == .table {
                print("No certification expires within \(period)\(problems.isEmpty ? "" : " among the enrolments that could be evaluated").")
            } else {
                print(format.render(
                    ["PERSON", "MANAGER", "TRACK", "STEP", "CERTIFIED", "RENEWAL OPENS", "EXPIRES", "STATE"],
                    rows.map { [$0.person, $0.manager ?? "", $0.track, $0.step, $0.certifiedOn, $0.renewalOpensOn ?? "",
                                $0.expiresOn, $0.state] }))
            }
            try workspace.reportProblems(problems)
        }
    }
}
