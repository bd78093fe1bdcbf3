import SalesOpsBasics
import Testing

@Suite struct TextTableTests {
    @Test("a small table: header, rule, rows; the last column unpadded, an accented letter counted as one character")
    func smallTable() {
        let text = TextTable.render(["TOOL", "SCORE", "NOTE"], [["hubspot", "0.74", "ok"], ["zoho-crm", "0.6", "prix réduit"], ["x", "1", ""]])
        #expect(text == [
            "TOOL      SCORE  NOTE",
            "--------  -----  -----------",
            "hubspot   0.74   ok",
            "zoho-crm  0.6    prix réduit",
            "x         1      ",
        ].joined(separator: "\n"))
    }

    /// The rows are written in pieces on every core: a table longer than one piece must read as
    /// one written row by row, in order.
    @Test("a table of 10,001 rows equals one written row by row")
    func longTable() {
        let rows = (0..<10_001).map { index in ["person\(index)", String(repeating: "é", count: index % 7), "\(index * 37 % 1_000)"] }
        let widths = [max(6, rows.map { $0[0].count }.max()!), max(4, rows.map { $0[1].count }.max()!)]
        func padded(_ cell: String, _ width: Int) -> String { cell + String(repeating: " ", count: width - cell.count) }
        var expected = padded("PERSON", widths[0]) + "  " + padded("NAME", widths[1]) + "  " + "N"
        expected += "\n" + String(repeating: "-", count: widths[0]) + "  " + String(repeating: "-", count: widths[1]) + "  " + "---"
        for row in rows {
            expected += "\n" + padded(row[0], widths[0]) + "  " + padded(row[1], widths[1]) + "  " + row[2]
        }
        #expect(TextTable.render(["PERSON", "NAME", "N"], rows) == expected)
    }
}
