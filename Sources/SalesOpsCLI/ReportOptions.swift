import ArgumentParser
import SalesOpsApp

/// The filter, `--format` and workspace options shared by the onboarding team reports, and how
/// those reports print.
struct ReportOptions: ParsableArguments {
    @OptionGroup var filter: ReportFilter

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "table, json, csv or markdown; for onboard status also the id of an exporter plugin that renders status (with --anonymize: status-anonymized).", valueName: "format"))
    var formatChoice: FormatChoice<ReportFormat> = .own(.table)

    /// The built-in format; an exporter works from the JSON.
    var format: ReportFormat {
        if case .own(let format) = formatChoice { return format }
        return .json
    }

    /// Prints a report's text, or with `--format ID` its JSON rendered by that exporter.
    func emit(_ text: String, as document: ExportDocument) throws {
        guard case .exporter(let id) = formatChoice else {
            print(text)
            return
        }
        print(try PluginService.export(json: text, as: document, with: id, settings: workspace.plugins.settings), terminator: "")
    }

    /// Refuses `--format ID` where no exporter applies.
    func refuseExporter(_ command: String) throws {
        if case .exporter(let id) = formatChoice {
            throw ValidationError("--format \(id): \(command) prints table, json, csv or markdown; exporters render evaluate, checklist, onboard status and audit")
        }
    }

    @OptionGroup var workspace: WorkspaceOptions

    /// Prints the rows in the chosen format (`none` instead of an empty table), then fails when
    /// the report left enrolments out.
    func show<Row: Encodable>(_ rows: [Row], none: String, header: [String], problems: [OnboardingError],
                              cells: (Row) -> [String]) throws {
        try refuseExporter("this report")
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
        try refuseExporter("this report")
        print(try AnonymousReportRendering.render(report, key: key, format: format, header: header, cells: cells))
        try failIfLeftOut(report.problems)
    }
}
