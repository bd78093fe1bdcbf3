/// A plain text table: header, rule, rows; columns padded to their widest cell.
package enum TextTable {
    package static func render(_ header: [String], _ rows: [[String]]) -> String {
        // Each cell's width, measured once, and the rows' lines written, on every core: a status
        // of a hundred thousand enrolments is a table of 15 MB.
        let cellWidths = Parallel.map(rows.count) { rows[$0].map(width) }
        var widths = header.map(width)
        for row in cellWidths {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell)
            }
        }
        let columns = widths
        var head: [UInt8] = []
        line(header, header.map(width), columns, into: &head)
        head.append(UInt8(ascii: "\n"))
        line(columns.map { String(repeating: "-", count: $0) }, columns, columns, into: &head)
        let chunk = 4096
        let pieces = Parallel.map((rows.count + chunk - 1) / chunk) { piece in
            var bytes: [UInt8] = []
            for index in piece * chunk..<min(rows.count, (piece + 1) * chunk) {
                bytes.append(UInt8(ascii: "\n"))
                line(rows[index], cellWidths[index], columns, into: &bytes)
            }
            return bytes
        }
        var text = String(decoding: head, as: UTF8.self)
        for piece in pieces { text += String(decoding: piece, as: UTF8.self) }
        return text
    }

    /// One line: the cells two spaces apart, each but the last padded to its column's width.
    private static func line(_ cells: [String], _ cellWidths: [Int], _ widths: [Int], into bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(contentsOf: "  ".utf8) }
            bytes.append(contentsOf: cell.utf8)
            if index < cells.count - 1 {
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, widths[index] - cellWidths[index])))
            }
        }
    }

    /// A cell's width in characters: its length in bytes when they are all ASCII (most cells
    /// are), without counting characters.
    static func width(_ cell: String) -> Int {
        cell.utf8.contains { $0 >= 0x80 } ? cell.count : cell.utf8.count
    }
}
