import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as CSV: one row per tool, ranked ones first, then the excluded with
/// their reasons; cost notes (conversion, billing, ranges, stale prices) in the last column. Text cells are neutralised against spreadsheet formulas.
package enum EvaluationCSV {
    package static func render(_ report: EvaluationReport) -> String {
        let criteria = report.criteria.filter { $0.dropped == nil }
        var header = ["status", "rank", "tool", "title", "score", "tier", "currency", "cost_low", "cost_high"]
        header += criteria.map { "value:\($0.id)" } + criteria.map { "contribution:\($0.id)" } + ["reasons", "cost_notes"]
        var lines = [header.map(TextEscaping.csvField).joined(separator: ",")]
        for tool in report.ranking {
            var cells = ["ranked", String(tool.rank), TextEscaping.csvField(tool.tool), TextEscaping.csvField(tool.title),
                         number(tool.score), TextEscaping.csvField(tool.tier ?? ""),
                         tool.cost?.currency.rawValue ?? "", tool.cost.map { number($0.total.low) } ?? "",
                         tool.cost.map { number($0.total.high) } ?? ""]
            cells += criteria.map { tool.values[$0.id].map(number) ?? "" }
            cells += criteria.map { tool.contributions[$0.id].map(number) ?? "" }
            cells.append(TextEscaping.csvField(tool.filled.isEmpty ? "" : "no data for " + tool.filled.joined(separator: ", ")))
            cells.append(TextEscaping.csvField((tool.cost?.caveats ?? []).map(EvaluationWording.caveat).joined(separator: "; ")))
            lines.append(cells.joined(separator: ","))
        }
        for tool in report.excluded {
            var cells = ["excluded", "", TextEscaping.csvField(tool.tool), TextEscaping.csvField(tool.title), "", "", "", "", ""]
            cells += Array(repeating: "", count: criteria.count * 2)
            cells.append(TextEscaping.csvField(tool.reasons.map(EvaluationWording.exclusion).joined(separator: "; ")))
            cells.append("")
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Numbers are written plainly (never neutralised: a negative number is a number).
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
