import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as Markdown: for a wiki page or a pull request.
public enum EvaluationMarkdown {
    public static func render(_ report: EvaluationReport) -> String {
        let md = TextEscaping.markdown
        var out = "# \(md(report.title))\n\n"
        out += "Team **\(md(report.team))** · method **\(report.method.uppercased())** (\(report.normalization) normalisation, \(report.weighting) weights) · score: \(report.scoreMeaning) · as of \(report.today)\n\n"
        let criteria = report.criteria.filter { $0.dropped == nil }
        if report.ranking.isEmpty {
            out += "No tool is left to rank.\n\n"
        } else {
            out += "## Ranking\n\n"
            out += "| Rank | Tool | Score | Tier | Cost over horizon |" + criteria.map { " \(md($0.id)) (\(Format.percent($0.weight))) |" }.joined() + "\n"
            out += "|---:|---|---:|---|---:|" + String(repeating: "---:|", count: criteria.count) + "\n"
            for tool in report.ranking {
                out += "| \(tool.rank) | \(md(tool.title)) | \(Format.number(tool.score)) | \(md(tool.tier ?? "–")) | \(tool.cost.map { Format.money($0.total, $0.currency) } ?? "unknown") |"
                for criterion in criteria {
                    let value = tool.values[criterion.id].map(Format.number) ?? "–"
                    out += " \(value)\(tool.filled.contains(criterion.id) ? "\\*" : "") |"
                }
                out += "\n"
            }
            if report.ranking.contains(where: { !$0.filled.isEmpty }) {
                out += "\n\\* no data; filled with the worst value among the candidates.\n"
            }
            out += "\n### Contributions\n\n\(md(report.contributionMeaning)).\n\n"
            out += "| Tool |" + criteria.map { " \(md($0.id)) |" }.joined() + "\n"
            out += "|---|" + String(repeating: "---:|", count: criteria.count) + "\n"
            for tool in report.ranking {
                out += "| \(md(tool.title)) |" + criteria.map { " \(Format.number(tool.contributions[$0.id] ?? 0)) |" }.joined() + "\n"
            }
        }
        if let margin = report.margin {
            out += "\n**Margin:** \(md(margin.text)).\n"
        }
        if !report.excluded.isEmpty {
            out += "\n## Excluded\n\n"
            for tool in report.excluded {
                out += "- **\(md(tool.title))**: \(md(tool.reasons.joined(separator: "; ")))\n"
            }
        }
        if let sensitivity = report.sensitivity {
            if !sensitivity.weights.isEmpty {
                out += "\n## Sensitivity\n\nThe smallest change of each weight (the others rescaled) that changes the winner:\n\n"
                for change in sensitivity.weights {
                    out += "- \(md(change.text))\n"
                }
            }
            if let acceptability = sensitivity.rankAcceptability, let first = acceptability.tools.first {
                let ranks = min(first.ranks.count, 5)
                out += "\n### Rank acceptability\n\n\(acceptability.samples) weight samples (seed \(acceptability.seed), \(md(acceptability.sampling))): how often each tool takes each rank.\n\n"
                out += "| Tool |" + (1...ranks).map { " #\($0) |" }.joined() + "\n|---|" + String(repeating: "---:|", count: ranks) + "\n"
                for tool in acceptability.tools {
                    out += "| \(md(tool.tool)) |" + tool.ranks.prefix(ranks).map { " \(Format.percent($0)) |" }.joined() + "\n"
                }
            }
        }
        if !report.warnings.isEmpty {
            out += "\n## Warnings\n\n"
            for warning in report.warnings {
                out += "- \(md(warning))\n"
            }
        }
        return out
    }
}
