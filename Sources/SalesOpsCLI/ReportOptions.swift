import ArgumentParser
import SalesOpsApp

/// The filter, `--format` and workspace options shared by the onboarding team reports, and how
/// those reports print.
struct ReportOptions: ParsableArguments {
    @OptionGroup var filter: ReportFilter

    @Option(help: "table, json, csv or markdown.")
    var format: ReportFormat = .table

    @OptionGroup var workspace: WorkspaceOptions

    /// Prints the rows in the chosen format (`none` instead of an empty table), then fails when
    /// the report left enrolments out.
    func show<Row: Encodable>(_ rows: [Row], none: String, header: [String], problems: [OnboardingError],
                              cells: (Row) -> [String]) throws {
        if format == .json {
            print(try Output.json(rows))
        } else if rows.isEmpty, format == .table {
            print(none)
        } else {
            print(format.render(header, rows.map(cells)))
        }
        try failIfLeftOut(problems)
    }

    /// Prints an anonymised report (its rows under `key` in JSON), then fails when it left enrolments out.
    func showAnonymous<Row: Encodable & Sendable>(_ report: AnonymousReport<Row>, key: String, header: [String],
                                                  cells: (Row) -> [String]) throws {
        print(try AnonymousReportRendering.render(report, key: key, format: format, header: header, cells: cells))
        try failIfLeftOut(report.problems)
    }
}
