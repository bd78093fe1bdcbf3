import SalesOpsBasics

/// The statements of a file as learning platforms export them, each with its position:
/// a JSON array of statements; JSON Lines, one statement a line; or LRS query results (a
/// `{"statements": […], "more": "…"}` page, or several pages, one a line).
package struct XAPIDocument: Sendable {
    package var statements: [(position: StatementPosition, json: JSONValue)]
    /// The last page's `more` link: statements the LRS holds beyond this file. Nil when the
    /// file is not made of pages or the last page is the end of the results.
    package var more: String?

    /// Parses the file's bytes; JSON that does not parse is a problem with its line and column.
    package static func parse(_ bytes: [UInt8]) throws(XAPIProblem) -> XAPIDocument {
        let start = bytes.firstIndex { !isSpace($0) }
        guard let start else { throw XAPIProblem(.text(line: 1, column: 1), "the file is empty; expected xAPI statements") }
        if bytes[start] == UInt8(ascii: "[") {
            let value = try parseJSON(bytes[...], firstLine: 1)
            guard case .array(let items) = value else { throw XAPIProblem(.text(line: 1, column: 1), "expected a JSON array") }
            return XAPIDocument(statements: items.enumerated().map { (position: .index($0.offset), json: $0.element) }, more: nil)
        }
        // One document (a page, or one statement, at the line it starts) when the whole file parses; else JSON Lines.
        if let whole = try? JSONValue(parsing: bytes), case .object = whole {
            if whole["statements"] != nil {
                var document = XAPIDocument(statements: [], more: nil)
                try document.addPage(whole, number: 1, line: lineNumber(of: start, in: bytes))
                return document
            }
            return XAPIDocument(statements: [(position: .line(lineNumber(of: start, in: bytes)), json: whole)], more: nil)
        }
        var document = XAPIDocument(statements: [], more: nil)
        var pages = 0
        var lineStart = bytes.startIndex
        var line = 1
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let text = bytes[lineStart..<lineEnd]
            if text.contains(where: { !isSpace($0) }) {
                let value = try parseJSON(text, firstLine: line)
                if value["statements"] != nil {
                    pages += 1
                    try document.addPage(value, number: pages, line: line)
                } else {
                    document.statements.append((position: .line(line), json: value))
                }
            }
            lineStart = lineEnd == bytes.endIndex ? lineEnd : lineEnd + 1
            line += 1
        }
        return document
    }

    private mutating func addPage(_ page: JSONValue, number: Int, line: Int) throws(XAPIProblem) {
        guard case .array(let items)? = page["statements"] else {
            throw XAPIProblem(.text(line: line, column: 1), "page \(number): `statements` is not an array")
        }
        statements += items.enumerated().map { (position: .page(number, index: $0.offset), json: $0.element) }
        switch page["more"] {
        case .string(let link): more = link.isEmpty ? nil : link
        case nil, .null: more = nil
        default: throw XAPIProblem(.text(line: line, column: 1), "page \(number): `more` is not a string (an IRL, or \"\" at the end)")
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Parses `text`, whose first byte is on line `firstLine`; an error points at its line and column.
    private static func parseJSON(_ text: ArraySlice<UInt8>, firstLine: Int) throws(XAPIProblem) -> JSONValue {
        do {
            return try JSONValue(parsing: text)
        } catch {
            let offset = text.startIndex + min(error.offset, text.count)
            let before = text[text.startIndex..<offset]
            let line = firstLine + before.count { $0 == UInt8(ascii: "\n") }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? text.startIndex
            throw XAPIProblem(.text(line: line, column: offset - lineStart + 1), "invalid JSON: \(error.message)")
        }
    }

    private static func lineNumber(of index: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<index].count { $0 == UInt8(ascii: "\n") }
    }
}
