import SalesOpsBasics
import SalesOpsEvaluation

/// An evaluation report as one self-contained HTML page with SVG charts: stacked score bars by
/// criterion and rank acceptability. Readable on paper and on a phone; every catalog string is
/// escaped.
package enum EvaluationHTML {
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    package static func render(_ report: EvaluationReport) -> String {
        let h = TextEscaping.html
        let criteria = report.criteria.filter { $0.dropped == nil }
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(report.title))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#222;line-height:1.4}
            p,li{overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
            th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:right;white-space:nowrap}
            th:nth-child(2),td:nth-child(2){text-align:left}
            .wrap{overflow-x:auto}
            svg{max-width:100%;height:auto}
            .legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
            .legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
            .muted{color:#666;font-size:.9rem}
            .recommendation{font-size:1.05rem;border-left:4px solid #1f77b4;padding-left:.6rem}
            @media print{body{max-width:none;margin:0}.wrap{overflow:visible}h2{break-after:avoid}table,svg{break-inside:avoid}}
            </style></head><body>
            <h1>\(h(report.title))</h1>
            <p class="muted">Team <strong>\(h(report.team))</strong> · method \(EvaluationWording.method(report.method)) (\(report.normalization.rawValue) normalisation, \(report.weighting.rawValue) weights) · score: \(EvaluationWording.scoreMeaning(report.scoreOrder)) · as of \(report.today)</p>
            <p class="recommendation">\(h(EvaluationWording.recommendation(report).joined(separator: " ")))</p>

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
                out += "<tr><td>\(tool.rank)</td><td>\(h(tool.title))</td><td>\(Format.number(tool.score))</td><td>\(h(tool.tier ?? "–"))</td><td>\(h(tool.cost.map { Format.money($0.total, $0.currency) + ($0.caveats.isEmpty ? "" : " †") } ?? "unknown"))</td>"
                for criterion in criteria {
                    let value = tool.values[criterion.id].map(Format.number) ?? "–"
                    out += "<td>\(value)\(tool.filled.contains(criterion.id) ? "*" : "")</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody></table></div>\n"
            let caveats = EvaluationWording.caveats(report)
            if !caveats.isEmpty {
                out += "<p class=\"muted\">† Cost notes:</p>\n<ul class=\"muted\">\n"
                for (tool, notes) in caveats {
                    out += "<li><strong>\(h(tool))</strong>: \(h(notes.joined(separator: "; ")))</li>\n"
                }
                out += "</ul>\n"
            }
            if let margin = EvaluationWording.margin(report) {
                out += "<p><strong>Margin:</strong> \(h(margin)).</p>\n"
            }
            for tie in report.ties {
                out += "<p><strong>Tie:</strong> \(h(EvaluationWording.tie(tie, in: report))).</p>\n"
            }
            out += "<h2>Score by criterion</h2>\n<p class=\"muted\">\(h(EvaluationWording.contributionMeaning(report.method))).</p>\n"
            out += scoreChart(report, criteria: criteria.map(\.id))
            out += "<h3>Contributions</h3>\n<div class=\"wrap\"><table><thead><tr><th>Rank</th><th>Tool</th>"
            for criterion in criteria {
                out += "<th>\(h(criterion.id))</th>"
            }
            out += "</tr></thead><tbody>\n"
            for tool in report.ranking {
                out += "<tr><td>\(tool.rank)</td><td>\(h(tool.title))</td>" + criteria.map { "<td>\(Format.number(tool.contributions[$0.id] ?? 0))</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        if let vikor = report.vikor {
            out += "<h2>VIKOR</h2>\n<p class=\"muted\">v = \(Format.number(vikor.v)); Q combines the group utility S and the largest regret R; lower is better.</p>\n"
            out += "<div class=\"wrap\"><table><thead><tr><th></th><th>Tool</th><th>Q</th><th>S</th><th>R</th></tr></thead><tbody>\n"
            for (index, tool) in vikor.tools.enumerated() {
                out += "<tr><td>\(index + 1)</td><td>\(h(tool.tool))</td><td>\(Format.number(tool.q))</td><td>\(Format.number(tool.s))</td><td>\(Format.number(tool.r))</td></tr>\n"
            }
            out += "</tbody></table></div>\n<ul>\n" + EvaluationWording.vikor(vikor).map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !report.excluded.isEmpty {
            out += "<h2>Excluded</h2>\n<ul>\n"
            for tool in report.excluded {
                out += "<li><strong>\(h(tool.title))</strong>: \(h(tool.reasons.map(EvaluationWording.exclusion).joined(separator: "; ")))</li>\n"
            }
            out += "</ul>\n"
        }
        if let sensitivity = report.sensitivity {
            if !sensitivity.weights.isEmpty {
                out += "<h2>Sensitivity</h2>\n<ul>\n"
                for change in sensitivity.weights {
                    out += "<li>\(h(EvaluationWording.weightChange(change)))</li>\n"
                }
                out += "</ul>\n"
            }
            if let acceptability = sensitivity.rankAcceptability {
                out += "<h2>Rank acceptability</h2>\n<p class=\"muted\">\(acceptability.samples) weight samples (seed \(acceptability.seed), \(h(EvaluationWording.sampling(acceptability)))): how often each tool takes each rank.</p>\n"
                let titles = Dictionary(report.ranking.map { ($0.tool, $0.title) }, uniquingKeysWith: { first, _ in first })
                out += acceptabilityChart(acceptability, titles: titles)
                let ranks = min(acceptability.tools.first?.ranks.count ?? 0, 5)
                out += "<div class=\"wrap\"><table><thead><tr><th></th><th>Tool</th>" + (0..<ranks).map { "<th>#\($0 + 1)</th>" }.joined() + "</tr></thead><tbody>\n"
                for (index, tool) in acceptability.tools.enumerated() {
                    out += "<tr><td>\(index + 1)</td><td>\(h(titles[tool.tool] ?? tool.tool))</td>" + tool.ranks.prefix(ranks).map { "<td>\(Format.percent($0))</td>" }.joined() + "</tr>\n"
                }
                out += "</tbody></table></div>\n"
            }
        }
        if !report.warnings.isEmpty {
            out += "<h2>Warnings</h2>\n<ul>\n"
            for warning in report.warnings {
                out += "<li>\(h(EvaluationWording.warning(warning)))</li>\n"
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
        let stacked = report.method != .wpm
        let totals = report.ranking.map { tool in
            stacked ? criteria.reduce(0) { $0 + max(0, tool.contributions[$1] ?? 0) } : max(0, tool.score)
        }
        let largest = max(totals.max() ?? 1, 1e-12)
        let bars = report.ranking.enumerated().map { row, tool in
            let segments: [(width: Double, colour: String, title: String)] = stacked
                ? criteria.enumerated().map { index, criterion in
                    (max(0, tool.contributions[criterion] ?? 0) / largest, palette[index % palette.count],
                     "\(criterion): \(Format.number(tool.contributions[criterion] ?? 0))")
                }
                : [(totals[row] / largest, palette[0], "score \(Format.number(tool.score))")]
            return Bar(label: tool.title, segments: segments, value: Format.number(tool.score))
        }
        var legend = "<p class=\"legend\">"
        if stacked {
            for (index, criterion) in criteria.enumerated() {
                legend += "<span><i style=\"background:\(palette[index % palette.count])\"></i>\(h(criterion))</span>"
            }
        }
        return barChart(bars, label: "Score by criterion") + legend + "</p>\n"
    }

    /// One bar per tool split by the share of samples at each rank (first five ranks, then the rest).
    static func acceptabilityChart(_ acceptability: EvaluationReport.RankAcceptabilitySummary, titles: [String: String]) -> String {
        let ranks = min(acceptability.tools.first?.ranks.count ?? 0, 5)
        let bars = acceptability.tools.map { tool in
            var shares = Array(tool.ranks.prefix(ranks))
            shares.append(max(0, 1 - shares.reduce(0, +)))
            let segments = shares.enumerated().map { index, share in
                (width: share, colour: index < ranks ? palette[index % palette.count] : "#cccccc",
                 title: "\(index < ranks ? "rank \(index + 1)" : "lower"): \(Format.percent(share))")
            }
            return Bar(label: titles[tool.tool] ?? tool.tool, segments: segments, value: Format.percent(tool.ranks.first ?? 0) + " first")
        }
        var legend = "<p class=\"legend\">"
        for index in 0..<ranks {
            legend += "<span><i style=\"background:\(palette[index % palette.count])\"></i>rank \(index + 1)</span>"
        }
        return barChart(bars, label: "Rank acceptability") + legend + "<span><i style=\"background:#cccccc\"></i>lower</span></p>\n"
    }

    struct Bar {
        var label: String
        /// Widths as shares of the full bar.
        var segments: [(width: Double, colour: String, title: String)]
        var value: String
    }

    /// Horizontal stacked bars, each with its label above it, so the chart stays legible when a
    /// phone scales it down.
    static func barChart(_ bars: [Bar], label: String) -> String {
        let h = TextEscaping.html
        let width = 420.0, barWidth = 330.0, rowHeight = 46.0
        var svg = "<svg role=\"img\" aria-label=\"\(h(label))\" viewBox=\"0 0 \(Int(width)) \(Int(Double(bars.count) * rowHeight + 6))\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"15\">\n"
        for (row, bar) in bars.enumerated() {
            let y = Double(row) * rowHeight
            svg += "<text x=\"0\" y=\"\(fmt(y + 15))\">\(h(bar.label))</text>\n"
            var x = 0.0
            for segment in bar.segments where segment.width > 0 {
                let length = segment.width * barWidth
                svg += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y + 20))\" width=\"\(fmt(length))\" height=\"20\" fill=\"\(segment.colour)\"><title>\(h(segment.title))</title></rect>\n"
                x += length
            }
            svg += "<text x=\"\(fmt(x + 6))\" y=\"\(fmt(y + 36))\">\(h(bar.value))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func fmt(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths == 0 || !tenths.isFinite ? "0" : String(tenths / 10)
    }
}
