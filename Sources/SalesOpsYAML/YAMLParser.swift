import CLibYAML

/// Reads YAML streams with the system libyaml's event parser and builds `YAMLDocument`s.
///
/// The tree is built once from events: anchors are resolved to shared nodes, merge keys applied,
/// and every limit in `YAMLLimits` enforced while events arrive, so a bad file fails fast.
package struct YAMLParser: Sendable {
    package var limits: YAMLLimits

    package init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Parses every document in `bytes`; `file` names the source in errors.
    package func parse(_ bytes: [UInt8], file: String) throws(SourceError) -> [YAMLDocument] {
        guard bytes.count <= limits.maxFileBytes else {
            throw SourceError(
                file: file, line: 1, column: 1,
                message: "file is \(bytes.count) bytes, over the limit of \(limits.maxFileBytes) bytes (maxFileBytes); split it into smaller files")
        }
        var builder = TreeBuilder(file: file, limits: limits)
        return try builder.run(bytes)
    }

    /// Parses a string, for tests and small inline documents.
    package func parse(_ text: String, file: String) throws(SourceError) -> [YAMLDocument] {
        try parse(Array(text.utf8), file: file)
    }
}

/// The state of one parse: a stack of open collections and the anchors seen in the current document.
private struct TreeBuilder {
    struct Frame {
        var isMapping: Bool
        /// Where the collection's items start in `items`.
        var start: Int
        var tag: String?
        var anchor: String?
        var mark: YAMLMark
        var weight = 1
    }

    struct Anchored {
        var node: YAMLNode
        var weight: Int
    }

    let file: String
    let limits: YAMLLimits
    var stack: [Frame] = []
    /// The items of every open collection, innermost last: one array for the whole parse, so a
    /// collection's items are copied once, into the node, when it closes.
    var items: [YAMLNode] = []
    var anchors: [String: Anchored] = [:]
    var documents: [YAMLDocument] = []
    var documentStart = YAMLMark(line: 1, column: 1)
    var documentStartIndex = 0
    /// Nodes the file's documents stand for so far, aliases expanded: counted over the whole
    /// file, so many documents just under the limit cannot add up to a hang.
    var expandedWeight = 0
    var root: YAMLNode?

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func run(_ bytes: [UInt8]) throws(SourceError) -> [YAMLDocument] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            throw SourceError(file: file, line: 1, column: 1, message: "libyaml could not start a parser (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(SourceError) -> [YAMLDocument] in
            // libyaml reads from the buffer without copying; it lives for this closure.
            yaml_parser_set_input_string(&parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1), buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    throw syntaxError(parser)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try handle(event)
            }
            return documents
        }
    }

    func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    func syntaxError(_ parser: yaml_parser_t) -> SourceError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        var message = "YAML syntax error: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        if parser.error == YAML_READER_ERROR {
            message = "cannot read the file as YAML: \(problem) at byte \(parser.problem_offset); save it as UTF-8"
            return SourceError(file: file, line: 1, column: 1, message: message)
        }
        if problem.contains("found character that cannot start any token"), message.contains("\t") == false {
            message += "; YAML indents with spaces, not tabs"
        }
        return SourceError(file: file, mark: mark(parser.problem_mark), message: message)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    func checkedTag(_ raw: UnsafeMutablePointer<yaml_char_t>?, at where_: YAMLMark, scalar: Bool) throws(SourceError) -> String? {
        guard let tag = Self.string(raw) else { return nil }
        // `!` is the non-specific tag: PyYAML (through libyaml) resolves it like a plain scalar.
        if tag == "!" { return scalar ? YAMLTag.nonSpecific : nil }
        let allowed = scalar ? YAMLTag.scalarTags : (tag == YAMLTag.seq || tag == YAMLTag.map ? [tag] : [])
        guard allowed.contains(tag) else {
            let shown = tag.hasPrefix(YAMLTag.prefix) ? "!!" + tag.dropFirst(YAMLTag.prefix.count) : tag
            throw SourceError(
                file: file, mark: where_,
                message: "unsupported tag `\(shown)` here; catalog files use plain YAML types (str, int, float, bool, null, timestamp, seq, map): remove the tag")
        }
        return tag
    }

    mutating func handle(_ event: yaml_event_t) throws(SourceError) {
        let start = mark(event.start_mark)
        if event.type != YAML_DOCUMENT_START_EVENT, event.type != YAML_STREAM_START_EVENT,
           Int(event.end_mark.index) - documentStartIndex > limits.maxDocumentBytes
        {
            throw SourceError(
                file: file, mark: start,
                message: "document is larger than \(limits.maxDocumentBytes) bytes (maxDocumentBytes); split it into several documents")
        }
        switch event.type {
        case YAML_STREAM_START_EVENT:
            break
        case YAML_DOCUMENT_START_EVENT:
            anchors.removeAll(keepingCapacity: true)
            documentStart = start
            documentStartIndex = Int(event.start_mark.index)
            root = nil
        case YAML_DOCUMENT_END_EVENT:
            let node = root ?? YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), mark: documentStart)
            documents.append(YAMLDocument(file: file, root: node, start: documentStart))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw SourceError(
                    file: file, mark: start,
                    message: "alias `*\(name)` refers to no anchor defined before it (an anchor `&\(name)` must come first, and cannot refer to itself)")
            }
            try add(anchored.node, weight: anchored.weight, anchor: nil, at: start)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = data.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
            } ?? ""
            let style: YAMLScalar.Style
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let tag = try checkedTag(data.tag, at: start, scalar: true)
            let node = YAMLNode(.scalar(YAMLScalar(text: text, style: style)), tag: tag, mark: start)
            try add(node, weight: 1, anchor: Self.string(data.anchor), at: start)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let (rawTag, anchor) = isMapping
                ? (event.data.mapping_start.tag, event.data.mapping_start.anchor)
                : (event.data.sequence_start.tag, event.data.sequence_start.anchor)
            let tag = try checkedTag(rawTag, at: start, scalar: false)
            if tag == (isMapping ? YAMLTag.seq : YAMLTag.map) {
                let wrongTag = isMapping ? "`!!seq` on a mapping" : "`!!map` on a list"
                throw SourceError(file: file, mark: start, message: "tag \(wrongTag); remove the tag")
            }
            try push(Frame(isMapping: isMapping, start: items.count, tag: tag, anchor: Self.string(anchor), mark: start))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let node: YAMLNode
            if frame.isMapping {
                node = YAMLNode(.mapping(try pairs(items[frame.start...])), tag: frame.tag, mark: frame.mark)
            } else {
                node = YAMLNode(.sequence(Array(items[frame.start...])), tag: frame.tag, mark: frame.mark)
            }
            items.removeSubrange(frame.start...)
            // The collection's own weight was counted when it opened; only its total moves up.
            try add(node, weight: frame.weight, anchor: frame.anchor, at: frame.mark, counted: true)
        default:
            break
        }
    }

    mutating func push(_ frame: Frame) throws(SourceError) {
        guard stack.count < limits.maxDepth else {
            throw SourceError(
                file: file, mark: frame.mark,
                message: "nesting deeper than \(limits.maxDepth) levels (maxDepth); flatten the document")
        }
        try count(1, at: frame.mark)
        stack.append(frame)
    }

    mutating func count(_ weight: Int, at where_: YAMLMark) throws(SourceError) {
        expandedWeight += weight
        if expandedWeight > limits.maxExpandedNodes {
            throw SourceError(
                file: file, mark: where_,
                message: "the file expands to more than \(limits.maxExpandedNodes) nodes once aliases are followed (maxExpandedNodes); use fewer nested aliases")
        }
    }

    mutating func add(_ node: YAMLNode, weight: Int, anchor: String?, at where_: YAMLMark, counted: Bool = false) throws(SourceError) {
        if !counted {
            try count(weight, at: where_)
        }
        if let anchor {
            anchors[anchor] = Anchored(node: node, weight: weight)
        }
        if stack.isEmpty {
            root = node
        } else {
            items.append(node)
            stack[stack.count - 1].weight += weight
        }
    }

    /// Pairs up a mapping's keys and values and applies `<<` merge keys.
    func pairs(_ items: ArraySlice<YAMLNode>) throws(SourceError) -> [YAMLPair] {
        var result: [YAMLPair] = []
        result.reserveCapacity(items.count / 2)
        var merges: [(key: YAMLNode, value: YAMLNode)] = []
        var index = items.startIndex
        while index + 1 < items.endIndex {
            let key = items[index], value = items[index + 1]
            index += 2
            if let scalar = key.scalar, scalar.text == "<<",
               (key.tag == nil && scalar.style == .plain) || key.tag == YAMLTag.merge || key.tag == YAMLTag.nonSpecific
            {
                merges.append((key, value))
            } else {
                result.append(YAMLPair(key: key, value: value))
            }
        }
        guard !merges.isEmpty else { return result }
        var given = Set(result.compactMap { $0.key.scalar?.text })
        for (mergeKey, merge) in merges {
            let sources: [YAMLNode]
            switch merge.content {
            case .mapping, .scalar: sources = [merge]
            case .sequence(let list): sources = list
            }
            // Earlier maps in a merge list win over later ones; explicit keys win over all.
            for source in sources {
                guard let sourcePairs = source.mapping else {
                    throw SourceError(
                        file: file, mark: mergeKey.mark,
                        message: "merge key `<<` expects a mapping or a list of mappings, found \(source.kindDescription)")
                }
                for pair in sourcePairs {
                    let name = pair.key.scalar?.text
                    if let name, given.contains(name) { continue }
                    if let name { given.insert(name) }
                    result.append(pair)
                }
            }
        }
        return result
    }
}

/// The YAML 1.1 tags the parser accepts.
package enum YAMLTag {
    package static let prefix = "tag:yaml.org,2002:"
    package static let str = Known.str.rawValue
    package static let int = Known.int.rawValue
    package static let float = Known.float.rawValue
    package static let bool = Known.bool.rawValue
    package static let null = Known.null.rawValue
    package static let timestamp = Known.timestamp.rawValue
    package static let merge = Known.merge.rawValue
    package static let seq = Known.seq.rawValue
    package static let map = Known.map.rawValue
    /// `!`: resolve the text as if it were plain, whatever its quoting.
    package static let nonSpecific = Known.nonSpecific.rawValue
    static let scalarTags: Set<String> = [str, int, float, bool, null, timestamp, merge]

    /// Every tag a node can carry: a node stores the case, one byte, and its text is the raw value.
    enum Known: String, Sendable {
        case str = "tag:yaml.org,2002:str"
        case int = "tag:yaml.org,2002:int"
        case float = "tag:yaml.org,2002:float"
        case bool = "tag:yaml.org,2002:bool"
        case null = "tag:yaml.org,2002:null"
        case timestamp = "tag:yaml.org,2002:timestamp"
        case merge = "tag:yaml.org,2002:merge"
        case seq = "tag:yaml.org,2002:seq"
        case map = "tag:yaml.org,2002:map"
        case nonSpecific = "!"

        /// The tag written `text`; the parser refuses any other before a node is built.
        init(checking text: String) {
            guard let known = Self(rawValue: text) else {
                preconditionFailure("a YAML node's tag is one the parser accepts, not \(text)")
            }
            self = known
        }
    }
}
