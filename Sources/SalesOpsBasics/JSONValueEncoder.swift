/// Encodes any `Encodable` value as a `JSONValue`, which `serialized(sortedKeys:)`,
/// `jsonText` and `prettyText` then write: one JSON writer for the plugin wire format, the
/// command outputs and the canonical text that track versions hash.
///
/// Follows what Foundation's `JSONEncoder` does with its default strategies: a nil optional
/// is left out (`encodeIfPresent`), `encodeNil` writes `null`, dictionary keys are their
/// `stringValue`. Numbers become `Double`, so integers beyond 2^53 lose precision; no model
/// here holds one.
package struct JSONValueEncoder: Sendable {
    package init() {}

    package func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let node = JSONEncodingNode()
        try JSONEncodingState(node: node, codingPath: []).encodeValue(value)
        return node.value
    }

    /// `encode(value).prettyText`, written straight from the encoded tree: a report of tens
    /// of thousands of objects is not copied into `JSONValue` dictionaries first.
    package func prettyText<T: Encodable>(_ value: T) throws -> String {
        let node = JSONEncodingNode()
        try JSONEncodingState(node: node, codingPath: []).encodeValue(value)
        var writer = JSONByteWriter()
        defer { writer.deallocate() }
        writer.escapesTerminalControls = true
        node.writePretty(into: &writer, indent: 0)
        return String(decoding: UnsafeBufferPointer(start: writer.base, count: writer.count), as: UTF8.self)
    }
}

/// A value under construction. Containers are references so that a nested container keeps
/// filling the same object or array after it is handed out.
private final class JSONEncodingNode {
    enum Kind { case unset, value, array, object }

    private(set) var kind = Kind.unset
    private var scalar = JSONValue.null
    // Kept apart from `kind` so appending mutates in place instead of copying the storage.
    private var elements: [JSONEncodingNode] = []
    private var members: [String: Member] = [:]

    /// A member is a node only when it is a container; a scalar member is stored as it is,
    /// which saves a node for most members of a report.
    enum Member {
        case node(JSONEncodingNode)
        case value(JSONValue)
    }

    var value: JSONValue {
        switch kind {
        case .unset: return .emptyObject
        case .value: return scalar
        case .array: return .array(elements.map(\.value))
        case .object:
            return .object(members.mapValues { member in
                switch member {
                case .node(let node): return node.value
                case .value(let value): return value
                }
            })
        }
    }

    var count: Int { elements.count }

    /// Writes what `value.prettyText` would, without building `value`.
    func writePretty(into writer: inout JSONByteWriter, indent: Int) {
        switch kind {
        case .unset:
            writer.writePretty(.emptyObject, indent: indent)
        case .value:
            writer.writePretty(scalar, indent: indent)
        case .array where !elements.isEmpty:
            writer.append(UInt8(ascii: "["))
            if elements.count >= Self.parallelElements, Parallel.workers > 1 {
                // A long list (a report's ranking) is written in parts on all cores, joined in order.
                let nodes = ReadOnlyNodes(nodes: elements)
                let workers = Parallel.workers
                let parts = Parallel.map(workers) { part -> [UInt8] in
                    let range = nodes.nodes.count * part / workers..<nodes.nodes.count * (part + 1) / workers
                    var partWriter = JSONByteWriter()
                    defer { partWriter.deallocate() }
                    partWriter.escapesTerminalControls = true
                    JSONEncodingNode.writeElements(nodes.nodes, range, into: &partWriter, indent: indent)
                    return Array(UnsafeBufferPointer(start: partWriter.base, count: partWriter.count))
                }
                for part in parts { part.withUnsafeBufferPointer { writer.append($0) } }
            } else {
                Self.writeElements(elements, elements.indices, into: &writer, indent: indent)
            }
            writer.newline(indent)
            writer.append(UInt8(ascii: "]"))
        case .object where !members.isEmpty:
            writer.append(UInt8(ascii: "{"))
            for (offset, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if offset > 0 { writer.append(UInt8(ascii: ",")) }
                writer.newline(indent + 1)
                writer.writeString(member.key)
                writer.append(": ")
                switch member.value {
                case .node(let node): node.writePretty(into: &writer, indent: indent + 1)
                case .value(let value): writer.writePretty(value, indent: indent + 1)
                }
            }
            writer.newline(indent)
            writer.append(UInt8(ascii: "}"))
        case .array:
            writer.append("[]")
        case .object:
            writer.append("{}")
        }
    }

    /// Lists at least this long are written on all cores.
    static let parallelElements = 512

    /// The elements in `range`, each after a comma (but the first of the list) and a new line.
    static func writeElements(_ elements: [JSONEncodingNode], _ range: Range<Int>, into writer: inout JSONByteWriter, indent: Int) {
        for offset in range {
            if offset > 0 { writer.append(UInt8(ascii: ",")) }
            writer.newline(indent + 1)
            elements[offset].writePretty(into: &writer, indent: indent + 1)
        }
    }

    func set(_ value: JSONValue) {
        kind = .value
        scalar = value
    }

    func makeObject() {
        guard kind != .object else { return }
        kind = .object
        members = [:]
    }

    func makeArray() {
        guard kind != .array else { return }
        kind = .array
        elements = []
    }

    func child(forKey key: String) -> JSONEncodingNode {
        makeObject()
        let node = JSONEncodingNode()
        members[key] = .node(node)
        return node
    }

    func put(_ value: JSONValue, forKey key: String) {
        makeObject()
        members[key] = .value(value)
    }

    func appendChild() -> JSONEncodingNode {
        makeArray()
        let node = JSONEncodingNode()
        elements.append(node)
        return node
    }
}

/// Nodes handed to the threads that write them: the tree is complete and only read then.
private struct ReadOnlyNodes: @unchecked Sendable {
    let nodes: [JSONEncodingNode]
}

private struct JSONEncodingState: Encoder {
    let node: JSONEncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return JSONValueContainer(node: node, codingPath: codingPath, appends: true)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONValueContainer(node: node, codingPath: codingPath, appends: false)
    }

    func encodeValue<T: Encodable>(_ value: T) throws {
        if let json = Self.directValue(value) {
            node.set(json)
        } else {
            try value.encode(to: self)
        }
    }

    /// Values that become one `JSONValue` without encoding: maps and lists of scalars (a
    /// report's per-criterion values) instead of a node per element; the JSON is the same.
    static func directValue<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == JSONValue.self { return (value as! JSONValue) }
        if T.self == [String: Double].self { return .object((value as! [String: Double]).mapValues(JSONValue.number)) }
        if T.self == [String].self { return .array((value as! [String]).map(JSONValue.string)) }
        if T.self == [Double].self { return .array((value as! [Double]).map(JSONValue.number)) }
        return nil
    }

    func nested(_ node: JSONEncodingNode, key: any CodingKey) -> JSONEncodingState {
        JSONEncodingState(node: node, codingPath: codingPath + [key])
    }
}

/// Writes every scalar through one place, so keyed, unkeyed and single values agree.
private func jsonScalar(_ value: some BinaryInteger) -> JSONValue { .number(Double(value)) }

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONEncodingNode
    let codingPath: [any CodingKey]

    private func put(_ value: JSONValue, _ key: Key) { node.put(value, forKey: key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(JSONValueContainer.number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(jsonScalar(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(jsonScalar(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let json = JSONEncodingState.directValue(value) {
            return put(json, key)
        }
        let child = node.child(forKey: key.stringValue)
        try JSONEncodingState(node: child, codingPath: codingPath + [key]).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.makeArray()
        return JSONValueContainer(node: child, codingPath: codingPath + [key], appends: true)
    }

    mutating func superEncoder() -> any Encoder {
        JSONEncodingState(node: node.child(forKey: "super"), codingPath: codingPath + [JSONIndexKey(stringValue: "super")])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONEncodingState(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

/// The unkeyed container and the single value container in one: the same scalars either
/// appended to an array node or set as the node's value.
private struct JSONValueContainer: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    let node: JSONEncodingNode
    let codingPath: [any CodingKey]
    /// Appends to an array; otherwise the node itself gets the value.
    let appends: Bool

    var count: Int { node.count }

    private var nextKey: JSONIndexKey { JSONIndexKey(intValue: node.count) }

    /// A `Float` as its own shortest text reads, as Foundation writes it: `0.1`, not the
    /// `0.10000000149011612` that widening to `Double` gives.
    static func number(_ value: Float) -> JSONValue {
        .number(value.isFinite ? Double(value.description) ?? Double(value) : Double(value))
    }

    private func target() -> JSONEncodingNode { appends ? node.appendChild() : node }
    private func put(_ value: JSONValue) { target().set(value) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.number(value)) }
    mutating func encode(_ value: Float) throws { put(Self.number(value)) }
    mutating func encode(_ value: Int) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: Int8) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: Int16) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: Int32) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: Int64) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: UInt) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: UInt8) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: UInt16) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: UInt32) throws { put(jsonScalar(value)) }
    mutating func encode(_ value: UInt64) throws { put(jsonScalar(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = appends ? codingPath + [nextKey] : codingPath
        try JSONEncodingState(node: target(), codingPath: path).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        let child = node.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let child = node.appendChild()
        child.makeArray()
        return JSONValueContainer(node: child, codingPath: codingPath + [key], appends: true)
    }

    mutating func superEncoder() -> any Encoder {
        let key = nextKey
        return JSONEncodingState(node: node.appendChild(), codingPath: codingPath + [key])
    }
}

private struct JSONIndexKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
