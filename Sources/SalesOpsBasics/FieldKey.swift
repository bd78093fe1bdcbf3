/// A coding key named by a string, for values that encode a fixed set of named members
/// (`{"kind": "overBudget", "year": 2}`) without declaring a `CodingKeys` enumeration.
package struct FieldKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    package var stringValue: String
    package var intValue: Int? { nil }
    package init(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) { nil }
    package init(stringLiteral value: String) { self.stringValue = value }
}

extension Encoder {
    /// Encodes `fields` as an object; a nil value is left out, as a synthesised `Encodable`
    /// leaves out a nil optional.
    package func encodeFields(_ fields: KeyValuePairs<FieldKey, (any Encodable)?>) throws {
        var container = container(keyedBy: FieldKey.self)
        for case let (key, value?) in fields {
            try container.encode(value, forKey: key)
        }
    }
}
