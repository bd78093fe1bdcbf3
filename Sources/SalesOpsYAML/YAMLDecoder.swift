import SalesOpsBasics

/// Decodes YAML nodes into `Decodable` Swift types, strictly, reporting every problem at once.
///
/// Unknown keys (with the nearest valid key), duplicate keys, wrong types, missing required
/// keys and values outside an enumeration are each a `SourceError` with file:line:col and the
/// coding path. A failed value is replaced by a placeholder so decoding goes on and the rest of the
/// document is checked too; the value is only returned when there were no errors.
package struct YAMLDecoder: Sendable {
    package init() {}

    /// Decodes `type` from `node`; `path` names where the node sits in its document (`["spec"]`).
    package func decode<T: Decodable>(
        _ type: T.Type, from node: YAMLNode, file: String, path: [String] = []
    ) throws(SourceErrors) -> T {
        let session = DecodeSession(file: file)
        var start: CodingPathNode?
        for key in path {
            start = CodingPathNode(parent: start, key: YAMLCodingKey(stringValue: key))
        }
        do {
            let value = try session.decodeValue(type, node: node, path: PathRef(start))
            if session.errors.isEmpty { return value }
        } catch {
            // Only a type that cannot even be given a placeholder ends decoding early; it was recorded.
        }
        throw SourceErrors(session.errors)
    }

    /// Decodes `type` from the one document in `text` (YAML, or JSON, which is YAML too), with the
    /// same checks as a catalog file; `file` names the text in errors.
    package func decode<T: Decodable>(_ type: T.Type, fromText text: String, file: String) throws(SourceErrors) -> T {
        let documents: [YAMLDocument]
        do {
            documents = try YAMLParser().parse(text, file: file)
        } catch {
            throw SourceErrors([error])
        }
        guard documents.count == 1 else {
            throw SourceErrors([SourceError(file: file, mark: documents.last?.start ?? YAMLMark(line: 1, column: 1),
                                            path: "", message: "expected one document, found \(documents.count)")])
        }
        return try decode(type, from: documents[0].root, file: file)
    }
}

/// A key for paths and dictionary access.
struct YAMLCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// The coding path as a linked list, so descending costs one small allocation and the array and
/// text forms are only built when an error needs them.
final class CodingPathNode: Sendable {
    let parent: CodingPathNode?
    let key: any CodingKey

    init(parent: CodingPathNode?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ node: CodingPathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = node
        while let node = current {
            keys.append(node.key)
            current = node.parent
        }
        return keys.reversed()
    }

    /// `spec.pricing.tiers[2].seatsPerMonth`
    static func text(_ node: CodingPathNode?, adding extra: String? = nil) -> String {
        var text = ""
        for key in keys(node) {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        if let extra {
            text += text.isEmpty ? extra : "." + extra
        }
        return text
    }
}

/// Where a value sits, without allocating a path node until one is needed (a nested value or an
/// error): most values are scalars that decode cleanly.
struct PathRef {
    let parent: CodingPathNode?
    let key: (any CodingKey)?

    init(_ node: CodingPathNode?) {
        self.parent = node
        self.key = nil
    }

    init(parent: CodingPathNode?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    var node: CodingPathNode? {
        key.map { CodingPathNode(parent: parent, key: $0) } ?? parent
    }
}

/// A type mismatch found while reading a node; recorded by the nearest enclosing value.
struct NodeMismatch: Error {
    var message: String
}

/// Decoding stopped: a value could not be replaced by a placeholder. Already recorded.
struct DecodeAbort: Error {}

/// The state of one decode: the file and the errors found so far.
final class DecodeSession {
    let file: String
    var errors: [SourceError] = []

    init(file: String) {
        self.file = file
    }

    /// Values already reported as out of range: their type errors (a number too large for an
    /// integer, `.inf`) would only repeat the same problem less clearly.
    var outOfRange: Set<String> = []

    func record(_ message: String, at mark: YAMLMark, path: CodingPathNode?, adding key: String? = nil) {
        let text = CodingPathNode.text(path, adding: key)
        if !outOfRange.isEmpty, outOfRange.contains(text) { return }
        errors.append(SourceError(file: file, mark: mark, path: text, message: message))
    }

    /// Decodes a value; problems are recorded and a placeholder returned so decoding continues.
    func decodeValue<T: Decodable>(_ type: T.Type, node: YAMLNode, path reference: PathRef) throws -> T {
        let traits = traits(of: type)
        switch traits.kind {
        case .primitive:
            do {
                if let value = try Self.primitive(type, node) { return value }
            } catch {
                record(error.message, at: node.mark, path: reference.node)
                return try placeholder(type)
            }
        case .json:
            do {
                return try node.jsonValue() as! T
            } catch {
                record(error.description, at: node.mark, path: reference.node)
                return try placeholder(type)
            }
        case .enumeration(let enumeration):
            return decodeEnumeration(enumeration, node: node, path: reference) as! T
        case .stringKeyedDictionary(let dictionary):
            return try dictionary.decodeYAML(node: node, session: self, path: reference.node) as! T
        case .structure:
            break
        }
        let path = reference.node
        let errorsBefore = errors.count
        if let ranges = traits.ranges {
            checkRanges(ranges, node: node, path: path)
        }
        let decoder = NodeDecoder(node: node, session: self, path: path)
        let value: T
        do {
            value = try T(from: decoder)
        } catch is DecodeAbort {
            throw DecodeAbort()
        } catch {
            record(Self.describe(error), at: node.mark, path: path)
            return try placeholder(type)
        }
        if decoder.usedKeyedContainer, let pairs = node.mapping {
            for (position, pair) in pairs.enumerated() where !decoder.isMatched(position) {
                // A repeated key is reported as a duplicate, not as unknown.
                guard let key = pair.key.scalar?.text, !decoder.requested.contains(key) else { continue }
                var message = "unknown key `\(key)`"
                if let nearest = Suggestion.nearest(to: key, in: decoder.requested) {
                    message += "; did you mean `\(nearest)`?"
                } else if !decoder.requested.isEmpty {
                    message += "; valid keys: " + Set(decoder.requested).sorted().joined(separator: ", ")
                }
                record(message, at: pair.key.mark, path: path, adding: key)
            }
        }
        if let validating = traits.validating {
            // A check on a part that already failed would only judge its placeholder: skip it.
            let failed = errors[errorsBefore...].map(\.path)
            for problem in Self.validationProblems(of: value, as: validating) {
                var problemPath = CodingPathNode.text(path, adding: problem.key)
                if let index = problem.index { problemPath += "[\(index)]" }
                let judged = failed.contains { $0 == problemPath || $0.hasPrefix(problemPath + ".") || $0.hasPrefix(problemPath + "[") }
                if judged || (problem.key == nil && !failed.isEmpty) { continue }
                var target = problem.key.flatMap { node[$0] } ?? node
                if let index = problem.index, let items = target.sequence, items.indices.contains(index) { target = items[index] }
                errors.append(SourceError(file: file, mark: target.mark, path: problemPath, message: problem.message))
            }
        }
        return value
    }

    /// `value.validationProblems()` for a value of the validating type `type`: a cast to that
    /// concrete type instead of to the protocol, which looked the conformance up for every value.
    static func validationProblems<T>(of value: T, as type: any YAMLValidating.Type) -> [YAMLValidationProblem] {
        func problems<V: YAMLValidating>(_: V.Type) -> [YAMLValidationProblem] { (value as! V).validationProblems() }
        return problems(type)
    }

    /// Records every number under a ranged key that lies outside its range, before the value is
    /// decoded: `9223372036854775808` or `.inf` get the allowed range, not a type error.
    func checkRanges(_ ranges: [String: NumericRange], node: YAMLNode, path: CodingPathNode?) {
        guard node.mapping != nil else { return }
        for (key, range) in ranges {
            guard let value = node[key] else { continue }
            visit(value, range) { CodingPathNode.text(path, adding: key) }
        }
    }

    /// `path` is built only for a value out of range: spelling it for every number checked
    /// cost as much as decoding the number.
    private func visit(_ node: YAMLNode, _ range: NumericRange, _ path: () -> String) {
        switch node.content {
        case .scalar(let scalar):
            if node.tag == nil, scalar.style == .plain, Self.isSurelyWithin(range, scalar.text) { return }
            let inRange: Bool
            switch try? node.scalarValue() {
            case .int(let value)?: inRange = range.contains(Double(value))
            case .float(let value)?: inRange = range.contains(value)
            case .bigInt?: inRange = false
            default: return  // not a number: the type check reports it
            }
            if !inRange {
                let text = path()
                outOfRange.insert(text)
                errors.append(SourceError(file: file, mark: node.mark, path: text, message: "expected \(range.text), found \(scalar.text)"))
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() { visit(item, range) { path() + "[\(index)]" } }
        case .mapping(let pairs):
            for pair in pairs { visit(pair.value, range) { path() + "." + (pair.key.scalar?.text ?? "?") } }
        }
    }

    /// True when `text` is a plain decimal (`[-+]?[0-9]{1,15}(\.[0-9]*)?`) that lies in `range`
    /// whatever it resolves to: below 10^digits in magnitude as a decimal, an octal integer or
    /// a float, and not a number at all otherwise (`09`), which no range check reports. Most
    /// numbers are checked by their length, without being resolved a second time.
    static func isSurelyWithin(_ range: NumericRange, _ text: String) -> Bool {
        var negative = false, digits = 0, sawDot = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !sawDot { digits += 1 }
            case UInt8(ascii: "-") where offset == 0:
                negative = true
            case UInt8(ascii: "+") where offset == 0:
                break
            case UInt8(ascii: ".") where !sawDot && digits > 0:
                sawDot = true
            default:
                return false
            }
        }
        guard (1...15).contains(digits) else { return false }
        let bound = (0..<digits).reduce(1.0) { power, _ in power * 10 }
        return negative ? range.contains(-bound) && range.contains(0) : range.contains(0) && bound <= range.upper
    }

    func decodeEnumeration<E: YAMLEnumeration>(_ type: E.Type, node: YAMLNode, path reference: PathRef) -> E {
        if let scalar = node.scalar, !node.isNull, let value = E(rawValue: scalar.text) {
            return value
        }
        // Only a wrong value pays for listing the valid ones.
        let valid = E.allCases.map(\.rawValue)
        let list = valid.joined(separator: ", ")
        guard let scalar = node.scalar, !node.isNull else {
            record("expected one of \(list); found \(node.kindDescription)", at: node.mark, path: reference.node)
            return E.yamlPlaceholder
        }
        var message = "`\(scalar.text)` is not a valid value; expected one of \(list)"
        if let nearest = Suggestion.nearest(to: scalar.text, in: valid) {
            message += "; did you mean `\(nearest)`?"
        }
        record(message, at: node.mark, path: reference.node)
        return E.yamlPlaceholder
    }

    /// A stand-in for a value that could not be decoded, so the rest of the document is still checked.
    func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        if let provider = type as? any YAMLPlaceholder.Type {
            return provider.yamlPlaceholder as! T
        }
        do {
            return try T(from: ProbeDecoder(recorder: nil))
        } catch {
            throw DecodeAbort()
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let mismatch as NodeMismatch:
            return mismatch.message
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        case DecodingError.keyNotFound(let key, _):
            return "missing required key `\(key.stringValue)`"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.debugDescription
        default:
            return String(describing: error)
        }
    }

    /// How a type decodes, found once per type and session: the conformance checks behind it
    /// cost more than decoding a scalar.
    struct TypeTraits {
        enum Kind {
            case primitive, json, structure
            case enumeration(any YAMLEnumeration.Type)
            case stringKeyedDictionary(any YAMLStringKeyedDictionary.Type)
        }

        var kind: Kind
        /// The type as `YAMLValidating`, found once; nil when it checks nothing.
        var validating: (any YAMLValidating.Type)?
        /// The type's `numericRanges`, read once.
        var ranges: [String: NumericRange]?
    }

    private var traitsCache: [ObjectIdentifier: TypeTraits] = [:]

    func traits<T>(of type: T.Type) -> TypeTraits {
        // The commonest types answer without a lookup.
        if type == String.self || type == Int.self || type == Double.self || type == Bool.self {
            return TypeTraits(kind: .primitive, validating: nil, ranges: nil)
        }
        let id = ObjectIdentifier(type)
        if let known = traitsCache[id] { return known }
        let kind: TypeTraits.Kind
        if type == Float.self || type is any FixedWidthInteger.Type {
            kind = .primitive
        } else if type == JSONValue.self {
            kind = .json
        } else if let enumeration = type as? any YAMLEnumeration.Type {
            kind = .enumeration(enumeration)
        } else if let dictionary = type as? any YAMLStringKeyedDictionary.Type {
            kind = .stringKeyedDictionary(dictionary)
        } else {
            kind = .structure
        }
        let traits = TypeTraits(kind: kind, validating: type as? any YAMLValidating.Type,
                                ranges: (type as? any YAMLNumericRanges.Type)?.numericRanges)
        traitsCache[id] = traits
        return traits
    }

    /// Scalars for the standard library's primitive types; nil when `T` is not one.
    static func primitive<T>(_ type: T.Type, _ node: YAMLNode) throws(NodeMismatch) -> T? {
        if type == String.self {
            guard let scalar = node.scalar, !node.isNull else {
                throw NodeMismatch(message: "expected text, found \(node.kindDescription)")
            }
            return (scalar.text as! T)
        }
        if type == Bool.self {
            guard case .bool(let value)? = try? node.scalarValue() else {
                throw NodeMismatch(message: "expected true or false, found \(node.kindDescription)")
            }
            return (value as! T)
        }
        if type == Double.self {
            return (try number(node) as! T)
        }
        if type == Float.self {
            return (Float(try number(node)) as! T)
        }
        if type == Int.self {
            return (try Self.integer(Int.self, node) as! T)
        }
        if let integer = type as? any FixedWidthInteger.Type {
            return (try Self.integer(integer, node) as! T)
        }
        return nil
    }

    static func number(_ node: YAMLNode) throws(NodeMismatch) -> Double {
        switch try? node.scalarValue() {
        case .int(let value)?: return Double(value)
        // -0 reads as 0, so no price or rate prints as "-0".
        case .float(let value)? where value.isFinite: return value == 0 ? 0 : value
        case .float?: throw NodeMismatch(message: "expected a finite number, found \(node.scalar?.text ?? "")")
        case .string(let text)? where Double(text)?.isFinite == true:
            throw NodeMismatch(message: "expected a number, found \"\(text)\"; YAML reads it as text (a float needs a dot, as in 1.0e+3)")
        default: throw NodeMismatch(message: "expected a number, found \(node.kindDescription)")
        }
    }

    static func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: YAMLNode) throws(NodeMismatch) -> I {
        switch try? node.scalarValue() {
        case .int(let value)?:
            guard let exact = I(exactly: value) else {
                throw NodeMismatch(message: "\(value) is out of range (\(I.min)…\(I.max))")
            }
            return exact
        case .bigInt(let text)?:
            // Beyond 64-bit signed: only an unsigned type may still hold it.
            guard let exact = I(text) else {
                throw NodeMismatch(message: "\(text) is out of range (\(I.min)…\(I.max))")
            }
            return exact
        default:
            throw NodeMismatch(message: "expected a whole number, found \(node.kindDescription)")
        }
    }
}

/// `[String: V]`, decoded straight from the mapping's pairs rather than through Codable's boxed
/// keyed container (which re-reads every key as a coding key and looks it up again): the same
/// values and the same errors, in the same order.
protocol YAMLStringKeyedDictionary {
    static func decodeYAML(node: YAMLNode, session: DecodeSession, path: CodingPathNode?) throws -> Self
}

extension Dictionary: YAMLStringKeyedDictionary where Key == String, Value: Decodable {
    static func decodeYAML(node: YAMLNode, session: DecodeSession, path: CodingPathNode?) throws -> Self {
        guard let pairs = node.mapping else {
            session.record("expected a mapping, found \(node.kindDescription)", at: node.mark, path: path)
            return try session.placeholder(Self.self)
        }
        // The usual map: text keys each given once, primitive values that read cleanly. It is
        // read in one pass that records nothing; anything else takes the general way below,
        // which reports every problem.
        if let result = decodePlainYAML(pairs) { return result }
        // The container reports duplicate and non-text keys, and finds a repeated key's first value.
        let container = NodeKeyedContainer<YAMLCodingKey>(
            decoder: NodeDecoder(node: node, session: session, path: path), pairs: pairs, reportDuplicates: true)
        var result: [String: Value] = [:]
        result.reserveCapacity(pairs.count)
        if container.keysAreUniqueText {
            // Each pair is its own first occurrence, and a primitive that reads cleanly needs no
            // coding path: only a value that is not one goes the general way, which records its error.
            for pair in pairs {
                let text = pair.key.scalar!.text
                if let value = try? DecodeSession.primitive(Value.self, pair.value) {
                    result[text] = value
                } else {
                    var key = YAMLCodingKey(stringValue: text)
                    key.intValue = Int(text)
                    result[text] = try session.decodeValue(Value.self, node: pair.value, path: PathRef(parent: path, key: key))
                }
            }
            return result
        }
        for pair in pairs {
            guard let text = pair.key.scalar?.text else { continue }
            // As Codable's dictionary keys: a key that reads as a whole number prints as `[n]` in paths.
            var key = YAMLCodingKey(stringValue: text)
            key.intValue = Int(text)
            guard let value = container.lookup(key) else { continue }
            result[text] = try session.decodeValue(Value.self, node: value, path: PathRef(parent: path, key: key))
        }
        return result
    }
}

extension Dictionary where Key == String, Value: Decodable {
    /// The map when every key is text given once and every value a primitive that reads
    /// cleanly; nil otherwise, having recorded nothing.
    fileprivate static func decodePlainYAML(_ pairs: [YAMLPair]) -> Self? {
        var result: [String: Value] = [:]
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalar?.text, let value = try? DecodeSession.primitive(Value.self, pair.value),
                  result.updateValue(value, forKey: key) == nil else { return nil }
        }
        return result
    }
}

extension YAMLNode {
    /// True for a plain, untagged null (`~`, `null`, empty) or an explicit `!!null`.
    package var isNull: Bool {
        guard let scalar else { return false }
        if let tag, tag != YAMLTag.nonSpecific { return tag == YAMLTag.null }
        guard scalar.style == .plain || tag == YAMLTag.nonSpecific else { return false }
        let text = scalar.text
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The scalar resolved to a type (PyYAML safe-loader rules); nil for collections.
    package func scalarValue() throws(YAMLResolutionError) -> YAMLScalarValue? {
        guard let scalar else { return nil }
        return try YAMLScalarValue.resolve(scalar, tag: tag)
    }
}
