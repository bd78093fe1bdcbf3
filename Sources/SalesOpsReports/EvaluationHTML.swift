import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as one self-contained HTML page with SVG charts: stacked score bars by
/// criterion and rank acceptability. Readable on paper and on a phone; every catalog string is
/// escaped.
public enum EvaluationHTML {
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    public static func render(_ report: EvaluationReport) -> String {
        let h = TextEscaping.html
        let criteria = report.criteria.filter { $0.dropped == nil }
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(report.title))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#222;line-height:1.4}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
            th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:right}
            th:nth-child(2),td:nth-child(2){text-align:left}
            .wrap{overflow-x:auto}
            svg{max-width:100%;height:auto}
            .legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
            .legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
            .muted{color:#666;font-size:.9rem}
            @media print{body{max-width:none;margin:0}.wrap{overflow:visible}h2{break-after:avoid}table,svg{break-inside:avoid}}
            </style></head><body>
            <h1>\(h(report.title))</h1>
            <p class="muted">Team <strong>\(h(report.team))</strong> · method \(h(report.method.uppercased())) (\(h(report.normalization)) normalisation, \(h(report.weighting)) weights) · score: \(h(report.scoreMeaning)) · as of \(report.today)</p>

            """
        if report.ranking.isEmpty {
            out += "<p><strong>No tool is left to rank.</strong></p>\n"
        } else {
            out += "<h2>Ranking</h2>\n<div class=\"wrap\"><table><thead><tr><th>Rank</th><th>Tool</th><th>Score</th><th>Tier</th><th>Cost over horizon</th>"
            for criterion in criteria {
                out += "<th>\(h(criterion.id)) (\(Format.percent(criterion.weight)))</th>"
            }
            out += "</tr></thead><tbody>\n"
            for tool in report.ranking {
                out += "<tr><td>\(tool.rank)</td><td>\(h(tool.title))</td><td>\(Format.number(tool.score))</td><td>\(h(tool.tier ?? "–"))</td><td>\(h(tool.cost.map { Format.money($0.total, $0.currency) } ?? "unknown"))</td>"
                for criterion in criteria {
                    let value = tool.values[criterion.id].map(Format.number) ?? "–"
                    out += "<td>\(value)\(tool.filled.contains(criterion.id) ? "*" : "")</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody></table></div>\n"
            if let margin = report.margin {
                out += "<p><strong>Margin:</strong> \(h(margin.text)).</p>\n"
            }
            out += "<h2>Score by criterion</h2>\n<p class=\"muted\">\(h(report.contributionMeaning)).</p>\n"
            out += scoreChart(report, criteria: criteria.map(\.id))
        }
        if !report.excluded.isEmpty {
            out += "<h2>Excluded</h2>\n<ul>\n"
            for tool in report.excluded {
                out += "<li><strong>\(h(tool.title))</strong>: \(h(tool.reasons.joined(separator: "; ")))</li>\n"
            }
            out += "</ul>\n"
        }
        if let sensitivity = report.sensitivity {
            if !sensitivity.weights.isEmpty {
                out += "<h2>Sensitivity</h2>\n<ul>\n"
                for change in sensitivity.weights {
                    out += "<li>\(h(change.text))</li>\n"
                }
                out += "</ul>\n"
            }
            if let acceptability = sensitivity.rankAcceptability {
                out += "<h2>Rank acceptability</h2>\n<p class=\"muted\">\(acceptability.samples) weight samples (seed \(acceptability.seed), \(h(acceptability.sampling))): how often each tool takes each rank.</p>\n"
                out += acceptabilityChart(acceptability)
            }
        }
        if !report.warnings.isEmpty {
            out += "<h2>Warnings</h2>\n<ul>\n"
            for warning in report.warnings {
                out += "<li>\(h(warning))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</body></html>\n"
        return out
    }

    /// One horizontal bar per tool, stacked by criterion contribution (plain score bars for WPM,
    /// whose factors multiply rather than add).
    static func scoreChart(_ report: EvaluationReport, criteria: [String]) -> String {
        let h = TextEscaping.html
        let stacked = report.method != "wpm"
        let totals = report.ranking.map { tool in
            stacked ? criteria.reduce(0) { $0 + max(0, tool.contributions[$1] ?? 0) } : max(0, tool.score)
        }
        let largest = max(totals.max() ?? 1, 1e-12)
        let labelWidth = 180.0, barWidth = 420.0, rowHeight = 26.0
        let height = Double(report.ranking.count) * rowHeight + 10
        var svg = "<svg role=\"img\" aria-label=\"Score by criterion\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 60)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">\n"
        for (row, tool) in report.ranking.enumerated() {
            let y = Double(row) * rowHeight + 5
            svg += "<text x=\"\(Int(labelWidth - 6))\" y=\"\(fmt(y + 15))\" text-anchor=\"end\">\(h(tool.title))</text>\n"
            var x = labelWidth
            if stacked {
                for (index, criterion) in criteria.enumerated() {
                    let width = max(0, tool.contributions[criterion] ?? 0) / largest * barWidth
                    guard width > 0 else { continue }
                    svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(width))\" height=\"20\" fill=\"\(palette[index % palette.count])\"><title>\(h(criterion)): \(Format.number(tool.contributions[criterion] ?? 0))</title></rect>\n"
                    x += width
                }
            } else {
                let width = totals[row] / largest * barWidth
                svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(width))\" height=\"20\" fill=\"\(palette[0])\"/>\n"
                x += width
            }
            svg += "<text x=\"\(fmt(x + 4))\" y=\"\(fmt(y + 15))\">\(Format.number(tool.score))</text>\n"
        }
        svg += "</svg>\n"
        var legend = "<p class=\"legend\">"
        if stacked {
            for (index, criterion) in criteria.enumerated() {
                legend += "<span><i style=\"background:\(palette[index % palette.count])\"></i>\(h(criterion))</span>"
            }
        }
        return svg + legend + "</p>\n"
    }

    /// One bar per tool split by the share of samples at each rank (first five ranks, then the rest).
    static func acceptabilityChart(_ acceptability: EvaluationReport.RankAcceptabilitySummary) -> String {
        let h = TextEscaping.html
        let ranks = min(acceptability.tools.first?.ranks.count ?? 0, 5)
        let labelWidth = 180.0, barWidth = 420.0, rowHeight = 26.0
        let height = Double(acceptability.tools.count) * rowHeight + 10
        var svg = "<svg role=\"img\" aria-label=\"Rank acceptability\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 20)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">\n"
        for (row, tool) in acceptability.tools.enumerated() {
            let y = Double(row) * rowHeight + 5
            svg += "<text x=\"\(Int(labelWidth - 6))\" y=\"\(fmt(y + 15))\" text-anchor=\"end\">\(h(tool.tool))</text>\n"
            var x = labelWidth
            var shares = Array(tool.ranks.prefix(ranks))
            shares.append(max(0, 1 - shares.reduce(0, +)))
            for (index, share) in shares.enumerated() where share > 0 {
                let width = share * barWidth
                let label = index < ranks ? "#\(index + 1)" : "lower"
                let colour = index < ranks ? palette[index % palette.count] : "#cccccc"
                svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(width))\" height=\"20\" fill=\"\(colour)\"><title>\(label): \(Format.percent(share))</title></rect>\n"
                x += width
            }
        }
        svg += "</svg>\n<p class=\"legend\">"
        for index in 0..<ranks {
            svg += "<span><i style=\"background:\(palette[index % palette.count])\"></i>rank \(index + 1)</span>"
        }
        return svg + "<span><i style=\"background:#cccccc\"></i>lower</span></p>\n"
    }

    static func fmt(_ value: Double) -> String {
        String(Int((value * 10).rounded())) == "0" ? "0" : String((value * 10).rounded() / 10)
    }
}
