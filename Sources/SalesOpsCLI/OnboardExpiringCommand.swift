import ArgumentParser
import SalesOpsApp

/// `salesops onboard expiring --within 30d`: certifications to renew soon, and expired ones.
struct OnboardExpiringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expiring",
        abstract: "List certifications that expire within a period (and those already expired), soonest first.",
        discussion: "Example: salesops onboard expiring --within 30d"
    )

    @Option(help: ArgumentHelp("How far ahead to look: 30d, 6w, 3m, 1y.", valueName: "period"))
    var within: String = "30d"

    @OptionGroup var options: ReportOptions

    func run() throws {
        guard let period = DatePeriod(within) else { throw OnboardOptionError.invalidPeriod(option: "--within", text: within) }
        let service = options.workspace.service
        if options.filter.anonymize {
            try options.showAnonymous(
                try service.anonymousExpiring(try options.filter.query(), within: period), key: "certifications",
                header: ["PSEUDONYM", "MANAGER", "TRACK", "STEP", "CERTIFIED WEEK", "RENEWAL OPENS WEEK", "EXPIRES WEEK", "STATE"]) { row in
                    [row.pseudonym, row.manager, row.track, row.step, row.certifiedWeek.description,
                     row.renewalOpensWeek?.description ?? "", row.expiresWeek.description, row.state.rawValue]
                }
            return
        }
        let report = try service.expiring(try options.filter.query(), within: period)
        try options.show(
            report.rows,
            none: "No certification expires within \(period)\(report.problems.isEmpty ? "" : " among the enrolments that could be evaluated").",
            header: ["PERSON", "MANAGER", "TRACK", "STEP", "CERTIFIED", "RENEWAL OPENS", "EXPIRES", "STATE"],
            problems: report.problems) {
                [$0.person, $0.manager ?? "", $0.track, $0.step, $0.certifiedOn.description, $0.renewalOpensOn?.description ?? "",
                 $0.expiresOn.description, $0.state.rawValue]
            }
    }
}
