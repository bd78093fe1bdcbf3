import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsReports
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
