import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as Markdown: for a wiki page or a pull request.
package enum EvaluationMarkdown {
    package static func render(_ report: EvaluationReport) -> String {
        let md = TextEscaping.markdown
        var out = "# \(md(report.title))\n\n"
        out += "Team **\(md(report.team))** · method **\(EvaluationWording.method(report.method))** (\(report.normalization.rawValue) normalisation, \(report.weighting.rawValue) weights) · score: \(EvaluationWording.scoreMeaning(report.scoreOrder)) · as of \(report.today)\n\n"
        out += "\(md(EvaluationWording.recommendation(report).joined(separator: " ")))\n\n"
        let criteria = report.criteria.filter { $0.dropped == nil }
        if report.ranking.isEmpty {
            out += "No tool is left to rank.\n\n"
        } else {
            out += "## Ranking\n\n"
            out += "| Rank | Tool | Score | Tier | Cost over horizon |" + criteria.map { " \(md($0.id)) (\(Format.percent($0.weight))) |" }.joined() + "\n"
            out += "|---:|---|---:|---|---:|" + String(repeating: "---:|", count: criteria.count) + "\n"
            for tool in report.ranking {
                let cost = tool.cost.map { Format.money($0.total, $0.currency) + ($0.caveats.isEmpty ? "" : " †") } ?? "unknown"
                out += "| \(tool.rank) | \(md(tool.title)) | \(Format.number(tool.score)) | \(md(tool.tier ?? "–")) | \(cost) |"
                for criterion in criteria {
                    let value = tool.values[criterion.id].map(Format.number) ?? "–"
                    out += " \(value)\(tool.filled.contains(criterion.id) ? "\\*" : "") |"
                }
                out += "\n"
            }
            if report.ranking.contains(where: { !$0.filled.isEmpty }) {
                out += "\n\\* no data; filled with the worst value among the candidates.\n"
            }
            let caveats = EvaluationWording.caveats(report)
            if !caveats.isEmpty {
                out += "\n† Cost notes:\n\n"
                for (tool, notes) in caveats {
                    out += "- **\(md(tool))**: \(md(notes.joined(separator: "; ")))\n"
                }
            }
            out += "\n### Contributions\n\n\(md(EvaluationWording.contributionMeaning(report.method))).\n\n"
            out += "| Tool |" + criteria.map { " \(md($0.id)) |" }.joined() + "\n"
            out += "|---|" + String(repeating: "---:|", count: criteria.count) + "\n"
            for tool in report.ranking {
                out += "| \(md(tool.title)) |" + criteria.map { " \(Format.number(tool.contributions[$0.id] ?? 0)) |" }.joined() + "\n"
            }
        }
        if let margin = EvaluationWording.margin(report) {
            out += "\n**Margin:** \(md(margin)).\n"
        }
        for tie in report.ties {
            out += "\n**Tie:** \(md(EvaluationWording.tie(tie, in: report))).\n"
        }
        if let vikor = report.vikor {
            out += "\n## VIKOR\n\nv = \(Format.number(vikor.v)); Q combines the group utility S and the largest regret R; lower is better.\n\n"
            out += "| Tool | Q | S | R |\n|---|---:|---:|---:|\n"
            for tool in vikor.tools {
                out += "| \(md(tool.tool)) | \(Format.number(tool.q)) | \(Format.number(tool.s)) | \(Format.number(tool.r)) |\n"
            }
            out += "\n" + EvaluationWording.vikor(vikor).map { "- \(md($0))\n" }.joined()
        }
        if !report.excluded.isEmpty {
            out += "\n## Excluded\n\n"
            for tool in report.excluded {
                out += "- **\(md(tool.title))**: \(md(tool.reasons.map(EvaluationWording.exclusion).joined(separator: "; ")))\n"
            }
        }
        if let sensitivity = report.sensitivity {
            if !sensitivity.weights.isEmpty {
                out += "\n## Sensitivity\n\nThe smallest change of each weight (the others rescaled) that changes the winner:\n\n"
                for change in sensitivity.weights {
                    out += "- \(md(EvaluationWording.weightChange(change)))\n"
                }
            }
            if let acceptability = sensitivity.rankAcceptability, let first = acceptability.tools.first {
                let ranks = min(first.ranks.count, 5)
                out += "\n### Rank acceptability\n\n\(acceptability.samples) weight samples (seed \(acceptability.seed), \(md(EvaluationWording.sampling(acceptability)))): how often each tool takes each rank.\n\n"
                out += "| Tool |" + (1...ranks).map { " #\($0) |" }.joined() + "\n|---|" + String(repeating: "---:|", count: ranks) + "\n"
                for tool in acceptability.tools {
                    out += "| \(md(tool.tool)) |" + tool.ranks.prefix(ranks).map { " \(Format.percent($0)) |" }.joined() + "\n"
                }
            }
        }
        if !report.warnings.isEmpty {
            out += "\n## Warnings\n\n"
            for warning in report.warnings {
                out += "- \(md(EvaluationWording.warning(warning)))\n"
            }
        }
        return out
    }
}
