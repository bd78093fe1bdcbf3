import SalesOpsApp

/// How the anonymised reports print: the rows, then (in a table or Markdown) what was withheld.
/// JSON is an object with `minGroupSize`, `withheldEnrolments` and the rows under `key`.
enum AnonymousReportRendering {
    static func render<Row: Encodable & Sendable>(
        _ report: AnonymousReport<Row>, key: String, format: ReportFormat, header: [String], cells: (Row) -> [String]
    ) throws -> String {
        if format == .json {
            return try Output.json(report.document(key: key))
        }
        var text: String
        if report.rows.isEmpty, format == .table {
            text = "Nothing to show: no group of \(report.minimumGroupSize) or more people matches."
        } else {
            text = format.render(header, report.rows.map(cells))
        }
        if report.withheld > 0, format == .table || format == .markdown {
            let count = report.withheld == 1 ? "1 enrolment" : "\(report.withheld) enrolments"
            text += "\n\n\(count) in groups of fewer than \(report.minimumGroupSize) people "
                + "\(report.withheld == 1 ? "is" : "are") not shown (--min-group sets the group size)."
        }
        return text
    }
}
