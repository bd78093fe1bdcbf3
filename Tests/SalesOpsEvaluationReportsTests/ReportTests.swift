import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsEvaluationReports
import SalesOpsTestSupport
import Testing

/// Reports escape every catalog string and keep their shape.
@Suite struct ReportTests {
    static func report() throws -> EvaluationReport {
        let x = CriterionUse(use: "attribute", id: "x", params: ["path": "spec.attributes.x"], weight: 1)
        // Delta (a title with markup, a vendor that looks like a formula) is knocked out; its title appears in `excluded`.
        return try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta", "delta"], criteria: [x]))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let html = EvaluationHTML.render(try Self.report())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<b>Delta</b>"))
        #expect(html.contains("&lt;b&gt;Delta&lt;/b&gt; &amp; Co"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") || !html.contains("<script"), "no external resources or scripts")
        #expect(html.contains("@media print"))
        #expect(html.contains("name=\"viewport\""))
    }

    @Test func csvNeutralisesFormulasAndQuotes() throws {
        let csv = EvaluationCSV.render(try Self.report())
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("status,rank,tool,title,score"))
        #expect(lines.contains { $0.hasPrefix("excluded,,delta,<b>Delta</b> & Co,") })
        #expect(lines.contains { $0.hasPrefix("ranked,1,alpha,Alpha CRM,") })
    }

    @Test func markdownEscapesAndTables() throws {
        let markdown = EvaluationMarkdown.render(try Self.report())
        #expect(markdown.contains("| Rank | Tool | Score |"))
        #expect(markdown.contains("\\<b\\>Delta\\</b\\> &amp; Co"))
    }

    @Test func textTableShowsRankingAndWhy() throws {
        let text = EvaluationText.render(try Self.report())
        #expect(text.contains("RANK  TOOL"))
        #expect(text.contains("Excluded:"))
        #expect(text.contains("delta: no tier has every must-have; the closest, Solo, lacks pipeline"))
    }
}

/// The explanations a reader acts on, in every format.
@Suite struct ExplanationTests {
    let x = CriterionUse(use: "attribute", id: "x", params: ["path": "spec.attributes.x"], weight: 1)
    /// Beta's strength, weighing half of Alpha's: Alpha wins without a tie.
    let y = CriterionUse(use: "attribute", id: "y", params: ["path": "spec.attributes.y"], weight: 0.5)

    @Test func costCaveatsAppearInEveryFormat() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(team: "small", tools: ["alpha", "beta"], criteria: [x]))
        let beta = try #require(report.ranking.first { $0.tool == "beta" })
        #expect(beta.cost?.caveats == [
            .converted(from: .EUR, to: .USD, rate: 1.08),
            .billingFallback(tier: "Only", billing: .annual, used: .monthly),
            .stalePrice(asOf: CalendarDate(iso: "2024-01-01")!, days: 882),
        ])
        let words = "prices converted from EUR to USD at 1.08 USD per EUR"
        let billing = "Only: no annual price published; the monthly-billing price is used"
        for rendered in [EvaluationText.render(report), EvaluationMarkdown.render(report), EvaluationHTML.render(report), EvaluationCSV.render(report)] {
            #expect(rendered.contains(words))
            #expect(rendered.contains(billing))
            #expect(rendered.contains("prices as of 2024-01-01, 882 days old"))
        }
        let json = try EvaluationJSON.render(report)
        #expect(json.contains("\"kind\": \"billingFallback\""))
    }

    @Test func vikorReportsQSRAndItsConditions() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], method: .vikor, normalization: nil,
            criteria: [x, y]))
        let vikor = try #require(report.vikor)
        #expect(vikor.v == 0.5)
        #expect(vikor.tools.map(\.tool) == report.ranking.map(\.tool))
        #expect(vikor.tools.map(\.q) == report.ranking.map(\.score))
        // Two tools: DQ = 1/(2 − 1) = 1, and the runner-up's Q is 1.
        #expect(vikor.advantage.met && vikor.advantage.gap == 1 && vikor.advantage.threshold == 1)
        #expect(vikor.stability.met)
        #expect(vikor.compromiseSet == [report.ranking[0].tool])
        #expect(report.margin?.relative == nil, "no share of a zero score")
        let text = EvaluationText.render(report)
        #expect(!text.contains("100.0% of its score"))
        #expect(text.contains("Acceptable advantage: met: Q(\(report.ranking[1].tool)) − Q(\(report.ranking[0].tool)) = 1 ≥ 1/(m − 1) = 1"))
        #expect(text.contains("Compromise set: \(report.ranking[0].tool) alone"))
        let html = EvaluationHTML.render(report)
        #expect(html.contains("<th>Q</th><th>S</th><th>R</th>"))
    }

    @Test func vikorNamesTheCompromiseSetWhenAdvantageFails() throws {
        // Worked by hand (min-max, equal weights; Gamma's missing y is filled with the worst, Delta's 0):
        // S = alpha 0.25, beta 0.3333, gamma 0.6667, delta 1; R = 0.25, 0.3333, 0.5, 0.5;
        // Q = 0, 0.2222, 0.7778, 1. DQ = 1/(4 − 1) = 0.3333: beta is within it of alpha.
        let y1 = CriterionUse(use: "attribute", id: "y", params: ["path": "spec.attributes.y"], weight: 1)
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "open", tools: ["alpha", "beta", "gamma", "delta"], method: .vikor, normalization: nil, criteria: [x, y1]))
        let vikor = try #require(report.vikor)
        #expect(vikor.tools.map(\.tool) == ["alpha", "beta", "gamma", "delta"])
        #expect(vikor.tools.map { ($0.q * 1e4).rounded() / 1e4 } == [0, 0.2222, 0.7778, 1])
        #expect(vikor.tools.map { ($0.s * 1e4).rounded() / 1e4 } == [0.25, 0.3333, 0.6667, 1])
        #expect(vikor.tools.map { ($0.r * 1e4).rounded() / 1e4 } == [0.25, 0.3333, 0.5, 0.5])
        #expect(!vikor.advantage.met)
        #expect(vikor.stability.met)
        #expect(vikor.stability.bestByS == ["alpha"])
        #expect(vikor.stability.bestByR == ["alpha"])
        #expect(vikor.compromiseSet == ["alpha", "beta"])
        #expect(report.margin?.clearWinner == false)
        let text = EvaluationText.render(report)
        #expect(text.contains("Acceptable advantage: not met: Q(beta) − Q(alpha) = 0.2222 < 1/(m − 1) = 0.3333"))
        #expect(text.contains("Compromise set: alpha and beta; VIKOR cannot single out one of them, so treat them as equally good compromises"))
        #expect(EvaluationWording.recommendation(report).first
            == "alpha ranks first, but VIKOR finds no single best tool: alpha and beta are equally good compromises.")
    }

    @Test func tiesAreExplained() throws {
        // Both tools integrate with the whole stack, so nothing tells them apart.
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], criteria: [CriterionUse(use: "integration-fit", weight: 1)]))
        #expect(report.ranking.map(\.rank) == [1, 1])
        #expect(report.ties.map(\.rank) == [1])
        #expect(report.ties.map(\.tools) == [["alpha", "beta"]])
        #expect(report.ties.map(\.sameValues) == [true])
        let text = EvaluationText.render(report)
        #expect(text.contains("Tie: alpha and beta share rank 1: they have the same value on every criterion that carries weight"))
        #expect(EvaluationWording.recommendation(report).first == "alpha and beta tie for first place.")
    }

    @Test func recommendationOpensEveryReport() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], criteria: [x, y]))
        let recommendation = try #require(report.recommendation)
        #expect(recommendation.winner == report.ranking[0].tool)
        #expect(recommendation.runnerUp == report.ranking[1].tool)
        #expect(!recommendation.deciding.isEmpty)
        #expect(recommendation.firstUnderRandomWeights == report.sensitivity?.rankAcceptability?.tools.first?.ranks.first)
        let sentences = EvaluationWording.recommendation(report)
        #expect(sentences.first == "Recommended: \(recommendation.winner).")
        #expect(sentences.contains { $0.hasPrefix("It stays first in ") })
        let text = EvaluationText.render(report).components(separatedBy: "\n")
        #expect(text[3] == sentences.joined(separator: " "), "the recommendation follows the title and method lines")
        #expect(EvaluationMarkdown.render(report).contains(TextEscaping.markdown(sentences[0])))
        #expect(EvaluationHTML.render(report).contains("<p class=\"recommendation\">\(TextEscaping.html(sentences[0]))"))
    }

    @Test func htmlShowsAcceptabilityAndContributionsAsNumbers() throws {
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], criteria: [x, y]))
        let html = EvaluationHTML.render(report)
        let acceptability = try #require(report.sensitivity?.rankAcceptability)
        for tool in acceptability.tools {
            let title = try #require(report.ranking.first { $0.tool == tool.tool }?.title)
            #expect(html.contains("<td>\(TextEscaping.html(title))</td>" + tool.ranks.map { "<td>\(Format.percent($0))</td>" }.joined() + "</tr>"))
        }
        #expect(html.contains("<h3>Contributions</h3>"))
        for tool in report.ranking {
            let cells = ["x", "y"].map { "<td>\(Format.number(tool.contributions[$0] ?? 0))</td>" }.joined()
            #expect(html.contains("<td>\(tool.rank)</td><td>\(TextEscaping.html(tool.title))</td>\(cells)</tr>"))
        }
    }
}

/// WPM over min-max normalised values: every tool is worst somewhere, so every product is 0.
@Suite struct ZeroProductTests {
    @Test func aTieAtZeroSaysWhyAndWhatToDo() throws {
        let x = CriterionUse(use: "attribute", id: "x", params: ["path": "spec.attributes.x"], weight: 1)
        let y = CriterionUse(use: "attribute", id: "y", params: ["path": "spec.attributes.y"], weight: 1)
        let report = try EvaluationFixtures.run(EvaluationFixtures.evaluation(
            team: "small", tools: ["alpha", "beta"], method: .wpm, normalization: .minMax, criteria: [x, y]))
        #expect(report.ranking.map(\.score) == [0, 0])
        #expect(report.recommendation?.deciding.isEmpty == true, "no finite gap between zero products")
        let sentences = EvaluationWording.recommendation(report)
        #expect(Array(sentences.prefix(2)) == [
            "alpha and beta tie for first place.",
            "Why: each has a factor of 0 (its worst criterion normalises to 0), so every product is 0; use sum or max normalisation with WPM.",
        ])
    }
}
