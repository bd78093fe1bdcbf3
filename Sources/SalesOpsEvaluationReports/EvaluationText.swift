import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as plain text for a terminal: the ranking table, then why.
package enum EvaluationText {
    package static func render(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        /// After a blank line, a heading and each item indented; nothing when there are no items.
        func section(_ heading: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines += ["", heading] + items.map { "  \($0)" }
        }
        lines.append("\(report.title) (\(report.evaluation)) for team \(report.team)")
        lines.append("Method \(EvaluationWording.method(report.method)), \(report.normalization.rawValue) normalisation, \(report.weighting.rawValue) weights; score: \(EvaluationWording.scoreMeaning(report.scoreOrder))")
        lines.append("")
        lines.append(EvaluationWording.recommendation(report).joined(separator: " "))
        lines.append("")
        let criteria = report.criteria.filter { $0.dropped == nil }
        if report.ranking.isEmpty {
            lines.append("No tool is left to rank.")
        } else {
            var header = ["RANK", "TOOL", "SCORE", "TIER", "COST OVER HORIZON"]
            header += criteria.map { "\($0.id) (\(Format.percent($0.weight)))" }
            // A row per tool, built on every core: a large catalog's two tables are most of the text.
            let ranking = report.ranking
            let rows = Parallel.map(ranking.count) { index -> [String] in
                let tool = ranking[index]
                var row = [String(tool.rank), tool.tool, Format.number(tool.score), tool.tier ?? "-",
                           tool.cost.map { Format.money($0.total, $0.currency) + ($0.caveats.isEmpty ? "" : " †") } ?? "unknown"]
                row += criteria.map { criterion in
                    let value = tool.values[criterion.id].map(Format.number) ?? "-"
                    return tool.filled.contains(criterion.id) ? value + "*" : value
                }
                return row
            }
            lines.append(TextTable.render(header, rows))
            if report.ranking.contains(where: { !$0.filled.isEmpty }) {
                lines.append("* no data; filled with the worst value among the candidates (missingData: worst)")
            }
            let caveats = EvaluationWording.caveats(report)
            if !caveats.isEmpty {
                lines.append("† cost notes:")
                for (tool, notes) in caveats {
                    lines.append("  \(tool): \(notes.joined(separator: "; "))")
                }
            }
            lines.append("")
            lines.append("Contributions to each score (\(EvaluationWording.contributionMeaning(report.method))):")
            let contributionRows = Parallel.map(ranking.count) { index in
                let tool = ranking[index]
                return [tool.tool] + criteria.map { Format.number(tool.contributions[$0.id] ?? 0) }
            }
            lines.append(TextTable.render(["TOOL"] + criteria.map(\.id), contributionRows))
        }
        if let margin = EvaluationWording.margin(report) {
            lines.append("")
            lines.append("Margin: \(margin)")
        }
        for tie in report.ties {
            lines.append("Tie: \(EvaluationWording.tie(tie, in: report))")
        }
        if let vikor = report.vikor {
            lines.append("")
            lines.append("VIKOR (v = \(Format.number(vikor.v))): Q = v·(S − S*)/(S⁻ − S*) + (1 − v)·(R − R*)/(R⁻ − R*), lower is better")
            lines.append(TextTable.render(["TOOL", "Q", "S", "R"], vikor.tools.map { [$0.tool, Format.number($0.q), Format.number($0.s), Format.number($0.r)] }))
            lines += EvaluationWording.vikor(vikor)
        }
        section("Excluded:", report.excluded.map { "\($0.tool): \($0.reasons.map(EvaluationWording.exclusion).joined(separator: "; "))" })
        if let sensitivity = report.sensitivity {
            section("Sensitivity (smallest weight change that changes the winner):", sensitivity.weights.map(EvaluationWording.weightChange))
            if let acceptability = sensitivity.rankAcceptability {
                lines.append("")
                lines.append("Rank acceptability (\(acceptability.samples) weight samples, seed \(acceptability.seed), \(EvaluationWording.sampling(acceptability))):")
                let ranks = min(acceptability.tools.first?.ranks.count ?? 0, 5)
                let rows = acceptability.tools.map { tool in
                    [tool.tool] + tool.ranks.prefix(ranks).map(Format.percent)
                }
                lines.append(TextTable.render(["TOOL"] + (1...max(ranks, 1)).prefix(ranks).map { "#\($0)" }, rows))
            }
        }
        section("Warnings:", report.warnings.map(EvaluationWording.warning))
        return lines.joined(separator: "\n")
    }
}
