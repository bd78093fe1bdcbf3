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
        guard let period = DatePeriod(within) else { throw OnboardOptionError.invalidPeriod(option: "--within", text: within) }
        if filterOptions.anonymize {
            let report = try workspaceOptions.service.anonymousExpiring(try filterOptions.query(), within: period)
            print(try AnonymousReportRendering.render(
                report, key: "certifications", format: format,
                header: ["PSEUDONYM", "MANAGER", "TRACK", "STEP", "CERTIFIED WEEK", "RENEWAL OPENS WEEK", "EXPIRES WEEK", "STATE"]) { row in
                    [row.pseudonym, row.manager, row.track, row.step, row.certifiedWeek.description,
                     row.renewalOpensWeek?.description ?? "", row.expiresWeek.description, row.state.rawValue]
                })
            try failIfLeftOut(report.problems)
            return
        }
        let report = try workspaceOptions.service.expiring(try filterOptions.query(), within: period)
        let rows = report.certifications.map { found in
            Row(person: found.person, manager: found.manager, track: found.track, step: found.step, certification: found.certification,
                certifiedOn: found.certifiedOn.description, renewalOpensOn: found.renewalOpensOn?.description,
                expiresOn: found.expiresOn.description, state: found.state.rawValue)
        }
        if format == .json {
            print(try Output.json(rows))
        } else if rows.isEmpty, format == .table {
            print("No certification expires within \(period)\(report.problems.isEmpty ? "" : " among the enrolments that could be evaluated").")
        } else {
            print(format.render(
                ["PERSON", "MANAGER", "TRACK", "STEP", "CERTIFIED", "RENEWAL OPENS", "EXPIRES", "STATE"],
                rows.map { [$0.person, $0.manager ?? "", $0.track, $0.step, $0.certifiedOn, $0.renewalOpensOn ?? "",
                            $0.expiresOn, $0.state] }))
        }
        try failIfLeftOut(report.problems)
    }
}
