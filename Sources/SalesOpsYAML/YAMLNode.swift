import SalesOpsBasics

/// A position in a YAML source, 1-based.
///
/// Kept as two 32-bit numbers (a file is at most `YAMLLimits.maxFileBytes`, 256 MiB by default), so
/// that every node of a large catalog is smaller.
package struct YAMLMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    package var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    package var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    package init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    package var description: String { "\(line):\(column)" }

    package static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One node of a YAML document: a scalar, a sequence or a mapping, with the place it was written.
///
/// Aliases are already replaced by the node they refer to (sharing storage), and `<<` merge keys are
/// already applied: explicit keys first in the order written, then merged keys that were not given.
package struct YAMLNode: Sendable {
    package enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    package var content: Content
    /// The explicit tag as one byte: a node's tag is always one the parser accepts (`YAMLTag.Known`).
    private var knownTag: YAMLTag.Known?
    package var mark: YAMLMark

    /// `tag` must be nil or one of `YAMLTag.Known`'s tags.
    package init(_ content: Content, tag: String? = nil, mark: YAMLMark) {
        self.content = content
        self.knownTag = tag.map(YAMLTag.Known.init(checking:))
        self.mark = mark
    }

    /// The explicit tag, expanded (`tag:yaml.org,2002:str` for `!!str`); nil when the tag is implicit.
    package var tag: String? {
        get { knownTag?.rawValue }
        set { knownTag = newValue.map(YAMLTag.Known.init(checking:)) }
    }

    package var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    package var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of `key` in a mapping whose keys are scalars; nil for other nodes or a missing key.
    package subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// What a user would call this node in a message: "a mapping", "a list", `"ninety"`.
    package var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if tag == nil, scalar.style == .plain {
                switch YAMLScalarValue.resolvePlain(scalar.text) {
                case .null: return "null"
                case .bool(let value): return "the boolean \(value)"
                case .int, .bigInt, .float: return "the number \(scalar.text)"
                default: break
                }
            }
            return "\"\(scalar.text)\""
        }
    }
}

/// A key and its value in a mapping.
package struct YAMLPair: Sendable {
    package var key: YAMLNode
    package var value: YAMLNode
}

/// A scalar's text as written (after unescaping and folding) and how it was quoted.
package struct YAMLScalar: Sendable, Hashable {
    package enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package var text: String
    package var style: Style
}

/// One document of a YAML stream.
package struct YAMLDocument: Sendable {
    package var file: String
    /// The root node; an empty document has a null scalar root.
    package var root: YAMLNode
    /// Where the document starts (its `---` or first content).
    package var start: YAMLMark
}
