import SalesOpsBasics
import SalesOpsChecklist
import Testing

@Suite struct ChecklistHTMLTests {
    @Test func everyStringIsEscaped() {
        let checklist = Checklist(person: "Eve <script>alert(1)</script>", track: "Sales & \"Success\"", effectiveStart: Sample.date("2026-03-02"), items: [
            ChecklistItem(stepID: "a", title: "<script>alert('x')</script> & more", owner: "o'neil",
                          due: Sample.date("2026-03-02"), certification: "<img src=x onerror=alert(1)>"),
        ])
        let html = checklist.html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("<title>Sales &amp; &quot;Success&quot; — Eve &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"))
        #expect(html.contains("o&#39;neil"))
    }

    @Test func selfContainedPrintablePage() {
        let html = Sample.sdr.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        // Nothing fetched from elsewhere: it prints the same offline.
        #expect(!html.contains("<link") && !html.contains("src=") && !html.contains("http"))
        #expect(html.contains("<h2>Week 1 (2026-03-02 – 2026-03-06)</h2>"))
        #expect(html.contains("<tr class=\"done\"><td class=\"box\">&#x2611;</td><td class=\"due\">2026-03-02</td><td class=\"step\">Welcome call</td>"))
        #expect(html.contains("<span class=\"cert\">Certification: Product basics</span>"))
        #expect(html.components(separatedBy: "<tr").count - 1 == Sample.sdr.items.count + 4)  // + a header row per week
    }
}
