import SalesOpsBasics

/// A type that can also be read straight from a node tree, without Codable's containers: the
/// fast path for the catalog's commonest documents.
///
/// `decodeDirectly` reads only a node that decodes with no problem at all: every key known and
/// given once, every value of its type and within its key's range, every check passed. For
/// anything else it returns nil and the caller decodes the node with `YAMLDecoder`, which
/// reports every problem at its place; so the errors are the Codable path's, and on clean
/// input both paths give the same value.
package protocol YAMLDirectDecodable: Decodable {
    static func decodeDirectly(_ node: YAMLNode) -> Self?
}

/// The readers `decodeDirectly` is built from: each reads a value as `YAMLDecoder` does, and
/// gives nil where it would record a problem.
package enum YAMLDirect {
    /// The text of a mapping's key; nil for a key that is not a scalar.
    package static func key(_ pair: YAMLPair) -> String? {
        if case .scalar(let scalar) = pair.key.content { return scalar.text }
        return nil
    }

    package static func text(_ node: YAMLNode) -> String? {
        try? DecodeSession.primitive(String.self, node)
    }

    package static func bool(_ node: YAMLNode) -> Bool? {
        try? DecodeSession.primitive(Bool.self, node)
    }

    /// A finite number within `range`, when given.
    package static func number(_ node: YAMLNode, in range: NumericRange? = nil) -> Double? {
        guard let value = try? DecodeSession.number(node) else { return nil }
        if let range, !range.contains(value) { return nil }
        return value
    }

    /// A whole number within `range`, when given.
    package static func integer(_ node: YAMLNode, in range: NumericRange? = nil) -> Int? {
        guard let value = try? DecodeSession.integer(Int.self, node) else { return nil }
        if let range, !range.contains(Double(value)) { return nil }
        return value
    }

    package static func date(_ node: YAMLNode) -> CalendarDate? {
        guard let text = text(node), CalendarDate.problem(reading: text) == nil else { return nil }
        return CalendarDate(iso: text)
    }

    package static func enumeration<E: YAMLEnumeration>(_ node: YAMLNode, as type: E.Type = E.self) -> E? {
        guard let scalar = node.scalar, !node.isNull else { return nil }
        return E(rawValue: scalar.text)
    }

    /// A list whose every item `read` reads.
    package static func list<T>(_ node: YAMLNode, _ read: (YAMLNode) -> T?) -> [T]? {
        guard case .sequence(let items) = node.content else { return nil }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let value = read(item) else { return nil }
            result.append(value)
        }
        return result
    }

    /// A text-keyed map, each key given once, of numbers within `range`.
    package static func numberMap(_ node: YAMLNode, in range: NumericRange?) -> [String: Double]? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var result: [String: Double] = [:]
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = key(pair), let value = number(pair.value, in: range),
                  result.updateValue(value, forKey: key) == nil else { return nil }
        }
        return result
    }

    /// An optional key's value: `.some(nil)` for null, nil when `read` fails.
    package static func optional<T>(_ node: YAMLNode, _ read: (YAMLNode) -> T?) -> T?? {
        if node.isNull { return .some(nil) }
        guard let value = read(node) else { return nil }
        return .some(value)
    }

    /// A mapping's values for a type with a fixed list of keys (at most 16). There is none for a
    /// node that is not a mapping, or that has a key outside the list or one given twice: problems
    /// only `YAMLDecoder` reports.
    package struct Fields {
        private let pairs: [YAMLPair]
        private let keys: [String]
        /// For each key, by its position in `keys`, the index of its pair; -1 when absent.
        private var slots = SIMD16<Int8>(repeating: -1)

        package init?(_ node: YAMLNode, keys: [String]) {
            guard case .mapping(let pairs) = node.content, pairs.count <= keys.count, keys.count <= 16 else { return nil }
            for (index, pair) in pairs.enumerated() {
                guard let key = YAMLDirect.key(pair), let position = keys.firstIndex(of: key), slots[position] < 0 else { return nil }
                slots[position] = Int8(index)
            }
            self.pairs = pairs
            self.keys = keys
        }

        /// A required key's value; nil when it is absent or `read` fails.
        package func required<T>(_ key: String, _ read: (YAMLNode) -> T?) -> T? {
            value(key).flatMap(read)
        }

        /// An optional key's value: `.some(nil)` when it is absent or null, nil when `read` fails.
        package func optional<T>(_ key: String, _ read: (YAMLNode) -> T?) -> T?? {
            guard let node = value(key) else { return .some(nil) }
            return YAMLDirect.optional(node, read)
        }

        private func value(_ key: String) -> YAMLNode? {
            guard let position = keys.firstIndex(of: key) else { preconditionFailure("`\(key)` is not in the key list") }
            let slot = slots[position]
            return slot < 0 ? nil : pairs[Int(slot)].value
        }
    }

    /// `value` when it passes its own checks.
    package static func checked<T: YAMLValidating>(_ value: T) -> T? {
        value.validationProblems().isEmpty ? value : nil
    }
}
