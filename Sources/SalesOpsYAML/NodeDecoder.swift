/// The `Decoder` over one YAML node. It also records which keys the type asked for (the keys it
/// knows) and which of the mapping's pairs they matched, by position, so unknown keys can be
/// reported without hashing every key of every mapping.
final class NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: YAMLNode
    let session: DecodeSession
    let path: CodingPathNode?
    var requested: [String] = []
    var usedKeyedContainer = false
    private var matchedMask: UInt64 = 0
    private var matchedBeyond64: Set<Int> = []

    init(node: YAMLNode, session: DecodeSession, path: CodingPathNode?) {
        self.node = node
        self.session = session
        self.path = path
    }

    var codingPath: [any CodingKey] { CodingPathNode.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func markMatched(_ position: Int) {
        if position < 64 {
            matchedMask |= 1 << UInt64(position)
        } else {
            matchedBeyond64.insert(position)
        }
    }

    func isMatched(_ position: Int) -> Bool {
        position < 64 ? matchedMask & (1 << UInt64(position)) != 0 : matchedBeyond64.contains(position)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let pairs = node.mapping else {
            throw NodeMismatch(message: "expected a mapping, found \(node.kindDescription)")
        }
        let first = !usedKeyedContainer
        usedKeyedContainer = true
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, pairs: pairs, reportDuplicates: first))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let items = node.sequence else {
            throw NodeMismatch(message: "expected a list, found \(node.kindDescription)")
        }
        return NodeUnkeyedContainer(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool {
        node.isNull
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // A primitive asked for through a single-value container belongs to the enclosing value,
        // which records one error for it; anything else is a value of its own.
        if let value = try DecodeSession.primitive(type, node) {
            return value
        }
        return try session.decodeValue(type, node: node, path: PathRef(path))
    }

    func child(_ node: YAMLNode, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, session: session, path: CodingPathNode(parent: path, key: key))
    }
}

struct NodeKeyedContainer<Key: CodingKey>: OptionalForwardingContainer {
    let decoder: NodeDecoder
    let pairs: [YAMLPair]
    /// Built only for large mappings: small ones are faster to scan.
    let index: [String: Int]?
    /// Whether every key is text given once (known only when duplicates are reported).
    private(set) var keysAreUniqueText = true

    static var indexThreshold: Int { 12 }

    init(decoder: NodeDecoder, pairs: [YAMLPair], reportDuplicates: Bool) {
        self.decoder = decoder
        self.pairs = pairs
        if pairs.count > Self.indexThreshold {
            var seen: [String: Int] = [:]
            seen.reserveCapacity(pairs.count)
            for (position, pair) in pairs.enumerated() {
                guard let text = pair.key.scalar?.text else { continue }
                if let first = seen[text] {
                    keysAreUniqueText = false
                    if reportDuplicates { Self.duplicate(pairs, first, position, decoder) }
                } else {
                    seen[text] = position
                }
            }
            self.index = seen
        } else {
            self.index = nil
            if reportDuplicates {
                // Pairwise comparison of a few short keys beats hashing them.
                for position in pairs.indices {
                    guard let text = pairs[position].key.scalar?.text else { continue }
                    if let first = pairs[..<position].firstIndex(where: { $0.key.scalar?.text == text }) {
                        keysAreUniqueText = false
                        Self.duplicate(pairs, first, position, decoder)
                    }
                }
            }
        }
        if reportDuplicates {
            for pair in pairs where pair.key.scalar == nil {
                keysAreUniqueText = false
                decoder.session.record("a key must be plain text, found \(pair.key.kindDescription)", at: pair.key.mark, path: decoder.path)
            }
        }
    }

    static func duplicate(_ pairs: [YAMLPair], _ first: Int, _ position: Int, _ decoder: NodeDecoder) {
        let text = pairs[position].key.scalar?.text ?? ""
        decoder.session.record(
            "duplicate key `\(text)` (first given at line \(pairs[first].key.mark.line)); keep one",
            at: pairs[position].key.mark, path: decoder.path, adding: text)
    }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        pairs.compactMap { $0.key.scalar.flatMap { Key(stringValue: $0.text) } }
    }

    func lookup(_ key: Key) -> YAMLNode? {
        let name = key.stringValue
        decoder.requested.append(name)
        let position: Int?
        if let index {
            position = index[name]
        } else {
            position = pairs.firstIndex { pair in
                if case .scalar(let scalar) = pair.key.content { return scalar.text == name }
                return false
            }
        }
        guard let position else { return nil }
        decoder.markMatched(position)
        return pairs[position].value
    }

    func contains(_ key: Key) -> Bool {
        lookup(key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        lookup(key)?.isNull ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let node = lookup(key) else {
            decoder.session.record("missing required key `\(key.stringValue)`", at: decoder.node.mark, path: decoder.path)
            return try decoder.session.placeholder(type)
        }
        return try decoder.session.decodeValue(type, node: node, path: PathRef(parent: decoder.path, key: key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try optional(type, forKey: key)
    }

    func optional<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = lookup(key), !node.isNull else { return nil }
        return try decoder.session.decodeValue(type, node: node, path: PathRef(parent: decoder.path, key: key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard let node = lookup(key) else {
            throw NodeMismatch(message: "missing required key `\(key.stringValue)`")
        }
        return try decoder.child(node, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        guard let node = lookup(key) else {
            throw NodeMismatch(message: "missing required key `\(key.stringValue)`")
        }
        return try decoder.child(node, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        decoder
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        guard let node = lookup(key) else {
            throw NodeMismatch(message: "missing required key `\(key.stringValue)`")
        }
        return decoder.child(node, key: key)
    }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [YAMLNode]
    var currentIndex = 0

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> (YAMLNode, PathRef) {
        guard currentIndex < items.count else {
            throw NodeMismatch(message: "the list has only \(items.count) items")
        }
        let item = items[currentIndex]
        let path = PathRef(parent: decoder.path, key: YAMLCodingKey(intValue: currentIndex))
        currentIndex += 1
        return (item, path)
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (item, path) = try next()
        return try decoder.session.decodeValue(type, node: item, path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (item, path) = try next()
        return try NodeDecoder(node: item, session: decoder.session, path: path.node).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (item, path) = try next()
        return try NodeDecoder(node: item, session: decoder.session, path: path.node).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (item, path) = try next()
        return NodeDecoder(node: item, session: decoder.session, path: path.node)
    }
}
