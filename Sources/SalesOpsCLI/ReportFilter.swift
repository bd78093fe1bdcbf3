import ArgumentParser
import SalesOpsApp

/// `--manager`, `--track`, `--cohort` and `--anonymize`, shared by the onboarding reports.
struct ReportFilter: ParsableArguments {
    @Option(help: "Only the people of this manager.")
    var manager: String?

    @Option(help: "Only enrolments on this track.")
    var track: String?

    @Option(help: ArgumentHelp("Only people who started in this month (YYYY-MM).", valueName: "month"))
    var cohort: String?

    @Flag(help: "Anonymise: pseudonyms (ordered by them), ISO weeks instead of dates, groups of fewer than --min-group people merged or withheld.")
    var anonymize = false

    @Option(name: .customLong("min-group"), help: ArgumentHelp(
        "With --anonymize: the fewest distinct people a group shown may hold (k, at least 2; default 5).", valueName: "k"))
    var minimumGroupSize: Int?

    /// The query these options describe; a `--cohort` that is not a month is refused.
    func query() throws(OnboardOptionError) -> ReportQuery {
        if let cohort {
            let parts = cohort.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month),
                  Int(parts[0]) != nil
            else { throw .invalidCohort(cohort) }
        }
        if minimumGroupSize != nil, !anonymize { throw .minimumGroupWithoutAnonymize }
        let size = minimumGroupSize ?? AnonymousGroups.defaultMinimumGroupSize
        if size < 2 { throw .minimumGroupTooSmall(size) }
        return ReportQuery(manager: manager, track: track, cohort: cohort, minimumGroupSize: size)
    }
}
