/// A `Decoder` with no data behind it: every required value is a placeholder and every optional
/// one is absent. It builds placeholders for failed values, and — with a recorder — learns a
/// type's keys and their types for its JSON Schema.
struct ProbeDecoder: Decoder, SingleValueDecodingContainer {
    let recorder: SchemaRecorder?

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(ProbeKeyedContainer<Key>(probe: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        ProbeUnkeyedContainer()
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try Self.placeholder(type)
    }

    static func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        if let provider = type as? any YAMLPlaceholder.Type {
            return provider.yamlPlaceholder as! T
        }
        return try T(from: ProbeDecoder(recorder: nil))
    }
}

struct ProbeKeyedContainer<Key: CodingKey>: OptionalForwardingContainer {
    let probe: ProbeDecoder

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        probe.recorder?.property(key.stringValue, type, required: true)
        return try ProbeDecoder.placeholder(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try optional(type, forKey: key)
    }

    func optional<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        probe.recorder?.property(key.stringValue, type, required: false)
        return nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(ProbeKeyedContainer<NestedKey>(probe: ProbeDecoder(recorder: nil)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        ProbeUnkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { ProbeDecoder(recorder: nil) }
    func superDecoder(forKey key: Key) throws -> any Decoder { ProbeDecoder(recorder: nil) }
}

struct ProbeUnkeyedContainer: UnkeyedDecodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int? { 0 }
    var isAtEnd: Bool { true }
    var currentIndex: Int { 0 }

    mutating func decodeNil() throws -> Bool { true }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: [], debugDescription: "empty list"))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(ProbeKeyedContainer<NestedKey>(probe: ProbeDecoder(recorder: nil)))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { ProbeUnkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { ProbeDecoder(recorder: nil) }
}
