import SalesOpsBasics
import SalesOpsEvaluation

/// A tool comparison as a table with one column per tool (text or Markdown).
package enum ComparisonText {
    package static func rows(_ comparison: ToolComparison) -> (header: [String], rows: [[String]]) {
        let header = [""] + comparison.tools.map(\.title)
        var rows: [[String]] = []
        func row(_ label: String, _ cell: (ToolComparison.Entry) -> String) {
            rows.append([label] + comparison.tools.map(cell))
        }
        row("category") { $0.category.rawValue }
        row("vendor") { $0.vendor }
        row("prices as of") { "\($0.pricesAsOf)" }
        let tierCount = comparison.tools.map(\.cost.tiers.count).max() ?? 0
        for index in 0..<tierCount {
            row("tier \(index + 1)") { entry in
                guard index < entry.cost.tiers.count else { return "" }
                let tier = entry.cost.tiers[index]
                let cost = tier.total.map { Format.money($0, entry.cost.currency) } ?? (tier.published ? "price unknown" : "quote only")
                let gaps = tier.missingMustHaves.isEmpty ? "all must-haves" : "lacks \(tier.missingMustHaves.joined(separator: ", "))"
                return "\(tier.tier): \(cost); \(gaps)"
            }
        }
        row("chosen tier") { $0.cost.chosen?.tier ?? "none fits" }
        row("cost over \(comparison.seatsByYear.count) years") { entry in
            entry.cost.chosen?.total.map { Format.money($0, entry.cost.currency) } ?? "unknown"
        }
        row("cost notes") { $0.cost.caveats.map(EvaluationWording.caveat).joined(separator: "; ") }
        row("nice-to-haves") { $0.cost.chosen?.niceToHaves.joined(separator: ", ") ?? "" }
        row("fits the stack") { $0.integratesWithStack.joined(separator: ", ") }
        row("compliance") { $0.compliance.map(\.rawValue).joined(separator: ", ") }
        row("data residency") { $0.dataResidency.map(\.rawValue).joined(separator: ", ") }
        row("learning curve (1–5)") { $0.adoption.map { String($0.learningCurve) } ?? "" }
        row("admin hours a week") { $0.adoption?.adminHoursPerWeek.map(Format.number) ?? "" }
        row("weeks to go live") { $0.adoption?.weeksToLive.map(Format.number) ?? "" }
        row("knocked out") { $0.knockouts.isEmpty ? "no" : $0.knockouts.map(EvaluationWording.exclusion).joined(separator: "; ") }
        return (header, rows)
    }

    package static func render(_ comparison: ToolComparison) -> String {
        let (header, rows) = rows(comparison)
        return "Team \(comparison.team), seats by year: \(comparison.seatsByYear.map(String.init).joined(separator: ", "))\n"
            + TextTable.render(header, rows)
    }

    package static func markdown(_ comparison: ToolComparison) -> String {
        let (header, rows) = rows(comparison)
        let md = TextEscaping.markdown
        var out = "Team **\(md(comparison.team))**, seats by year: \(comparison.seatsByYear.map(String.init).joined(separator: ", "))\n\n"
        out += "|" + header.map { " \(md($0)) |" }.joined() + "\n|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows {
            out += "|" + row.map { " \(md($0)) |" }.joined() + "\n"
        }
        return out
    }
}
