import SalesOpsBasics

/// A position in a YAML source, 1-based.
public struct YAMLMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One node of a YAML document: a scalar, a sequence or a mapping, with the place it was written.
///
/// Aliases are already replaced by the node they refer to (sharing storage), and `<<` merge keys are
/// already applied: explicit keys first in the order written, then merged keys that were not given.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// The explicit tag, expanded (`tag:yaml.org,2002:str` for `!!str`); nil when the tag is implicit.
    public var tag: String?
    public var mark: YAMLMark

    public init(_ content: Content, tag: String? = nil, mark: YAMLMark) {
        self.content = content
        self.tag = tag
        self.mark = mark
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of `key` in a mapping whose keys are scalars; nil for other nodes or a missing key.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// What a user would call this node in a message: "a mapping", "a list", `"ninety"`.
    public var kindDescription: String {
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
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text as written (after unescaping and folding) and how it was quoted.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

/// One document of a YAML stream.
public struct YAMLDocument: Sendable {
    public var file: String
    /// The root node; an empty document has a null scalar root.
    public var root: YAMLNode
    /// Where the document starts (its `---` or first content).
    public var start: YAMLMark

    public init(file: String, root: YAMLNode, start: YAMLMark) {
        self.file = file
        self.root = root
        self.start = start
    }
}
