/// Where a statement is in the file it came from, as a reader finds it again.
package enum StatementPosition: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
    /// The item of a JSON array, counted from 0 (`[3]`).
    case index(Int)
    /// The line of a JSON Lines file, counted from 1.
    case line(Int)
    /// The item of the `statements` of an LRS result page: the page counted from 1 (one page a
    /// line when the file holds several), the item from 0.
    case page(Int, index: Int)
    /// A place in the text, for JSON that does not parse.
    case text(line: Int, column: Int)

    /// As appended to a file name: `[3]`, `:4`, ` page 2 statements[5]`, `:4:7`.
    package var suffix: String {
        switch self {
        case .index(let index): return "[\(index)]"
        case .line(let line): return ":\(line)"
        case .page(let page, let index): return " page \(page) statements[\(index)]"
        case .text(let line, let column): return ":\(line):\(column)"
        }
    }

    package var description: String {
        switch self {
        case .index(let index): return "[\(index)]"
        case .line(let line): return "line \(line)"
        case .page(let page, let index): return "page \(page) [\(index)]"
        case .text(let line, let column): return "line \(line), column \(column)"
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .index(let index): return (0, index)
        case .line(let line): return (line, 0)
        case .page(let page, let index): return (page, index)
        case .text(let line, let column): return (line, column)
        }
    }

    package static func < (lhs: StatementPosition, rhs: StatementPosition) -> Bool { lhs.order < rhs.order }

    private enum CodingKeys: String, CodingKey { case index, line, page, column }

    /// `{"index": 3}`, `{"line": 4}`, `{"page": 2, "index": 5}`, `{"line": 4, "column": 7}`.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .index(let index):
            try container.encode(index, forKey: .index)
        case .line(let line):
            try container.encode(line, forKey: .line)
        case .page(let page, let index):
            try container.encode(page, forKey: .page)
            try container.encode(index, forKey: .index)
        case .text(let line, let column):
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
        }
    }
}

/// Why a statement cannot be imported: the file is not what it should be there. The whole
/// file is refused, with every problem listed.
package struct XAPIProblem: Error, Sendable, Hashable, CustomStringConvertible {
    package var position: StatementPosition
    /// The statement's id, when it has a readable one.
    package var statement: String?
    package var message: String

    package init(_ position: StatementPosition, statement: String? = nil, _ message: String) {
        self.position = position
        self.statement = statement
        self.message = message
    }

    /// `[3] (statement 1f0c…): …`, to follow the file's name.
    package var description: String {
        position.suffix + (statement.map { " (statement \($0))" } ?? "") + ": " + message
    }
}
