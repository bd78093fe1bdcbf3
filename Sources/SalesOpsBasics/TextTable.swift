/// A plain text table: header, rule, rows; columns padded to their widest cell.
package enum TextTable {
    package static func render(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(width)
        // Each cell's width, measured once.
        let cellWidths = rows.map { $0.map(width) }
        for row in cellWidths {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell)
            }
        }
        var text = ""
        func line(_ cells: [String], _ cellWidths: [Int]) {
            for (index, cell) in cells.enumerated() {
                if index > 0 { text += "  " }
                text += cell
                if index < cells.count - 1 {
                    text += String(repeating: " ", count: max(0, widths[index] - cellWidths[index]))
                }
            }
        }
        line(header, header.map(width))
        text += "\n"
        let rule = widths.map { String(repeating: "-", count: $0) }
        line(rule, widths)
        for (row, rowWidths) in zip(rows, cellWidths) {
            text += "\n"
            line(row, rowWidths)
        }
        return text
    }

    /// A cell's width in characters: its length in bytes when they are all ASCII (most cells
    /// are), without counting characters.
    static func width(_ cell: String) -> Int {
        cell.utf8.contains { $0 >= 0x80 } ? cell.count : cell.utf8.count
    }
}
