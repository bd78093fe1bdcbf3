import SalesOpsBasics

/// A value that can stand in for one that failed to decode, so decoding goes on to find more errors.
package protocol YAMLPlaceholder {
    static var yamlPlaceholder: Self { get }
}

/// A closed set of text values (`crm`, `sales-engagement`, …).
///
/// The decoder checks membership itself, so a wrong value's error lists every valid value and
/// suggests the nearest; the JSON Schema lists them as an `enum`.
package protocol YAMLEnumeration: CaseIterable, RawRepresentable, Decodable, YAMLPlaceholder, JSONSchemaProviding
where RawValue == String {}

extension YAMLEnumeration {
    package static var yamlPlaceholder: Self { allCases.first! }

    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        ["type": "string", "enum": .array(allCases.map { .string($0.rawValue) })]
    }
}

/// Checks a value makes sense once decoded (exactly one of two keys, a range); each problem is
/// reported at the key it names, or at the value itself.
package protocol YAMLValidating {
    func validationProblems() -> [YAMLValidationProblem]
}

package struct YAMLValidationProblem: Sendable, Hashable {
    /// The key of the value's mapping the problem is about, if any.
    package var key: String?
    /// The item of the list under `key` the problem is about, if any.
    package var index: Int?
    package var message: String

    package init(key: String? = nil, index: Int? = nil, _ message: String) {
        self.key = key
        self.index = index
        self.message = message
    }
}

extension String: YAMLPlaceholder { package static var yamlPlaceholder: String { "" } }
extension Bool: YAMLPlaceholder { package static var yamlPlaceholder: Bool { false } }
extension Double: YAMLPlaceholder { package static var yamlPlaceholder: Double { 0 } }
extension Float: YAMLPlaceholder { package static var yamlPlaceholder: Float { 0 } }
extension Int: YAMLPlaceholder { package static var yamlPlaceholder: Int { 0 } }
extension Int64: YAMLPlaceholder { package static var yamlPlaceholder: Int64 { 0 } }
extension Int32: YAMLPlaceholder { package static var yamlPlaceholder: Int32 { 0 } }
extension UInt: YAMLPlaceholder { package static var yamlPlaceholder: UInt { 0 } }
extension UInt64: YAMLPlaceholder { package static var yamlPlaceholder: UInt64 { 0 } }
extension UInt32: YAMLPlaceholder { package static var yamlPlaceholder: UInt32 { 0 } }
extension Array: YAMLPlaceholder { package static var yamlPlaceholder: Array { [] } }
extension Dictionary: YAMLPlaceholder { package static var yamlPlaceholder: Dictionary { [:] } }
extension Optional: YAMLPlaceholder { package static var yamlPlaceholder: Optional { nil } }
extension CalendarDate: YAMLPlaceholder {
    package static var yamlPlaceholder: CalendarDate { CalendarDate(daysSinceEpoch: 0) }
}
extension DatePeriod: YAMLPlaceholder {
    package static var yamlPlaceholder: DatePeriod { DatePeriod(count: 0, unit: .days) }
}
extension JSONValue: YAMLPlaceholder {
    package static var yamlPlaceholder: JSONValue { .null }
}
