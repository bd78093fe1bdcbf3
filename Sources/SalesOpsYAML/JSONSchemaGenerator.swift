import SalesOpsBasics

/// A type that describes its own JSON Schema (enumerations, dates, collections).
package protocol JSONSchemaProviding {
    static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue
}

/// Builds JSON Schema (2020-12) for `Decodable` types from the keys their decoding asks for,
/// so the schema and the decoder cannot drift apart.
///
/// A struct's synthesized `init(from:)` asks for each of its keys with `decode` (required) or
/// `decodeIfPresent` (optional); the generator runs it against a probe that records those calls.
package final class JSONSchemaGenerator {
    private var definitions: [String: JSONValue] = [:]
    private var started: Set<String> = []
    /// Text for `description`, by type name and then property name.
    private let descriptions: [String: String]

    /// `descriptions` maps `TypeName` or `TypeName.property` to help text shown by editors.
    package init(descriptions: [String: String] = [:]) {
        self.descriptions = descriptions
    }

    /// A complete schema document for `type`, with `$schema`, `$id`, `title` and `$defs`.
    package func document<T: Decodable>(for type: T.Type, id: String, title: String) -> JSONValue {
        definitions = [:]
        started = []
        guard case .object(var root) = schema(for: type) else { return [:] }
        if let ref = root["$ref"], case .string(let target) = ref,
           let name = target.split(separator: "/").last.map(String.init), case .object(let body)? = definitions[name]
        {
            root = body
            definitions[name] = nil
        }
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = .string(id)
        root["title"] = .string(title)
        if !definitions.isEmpty {
            root["$defs"] = .object(definitions)
        }
        return .object(root)
    }

    /// The schema of `type`: inline for simple types, a `$ref` into `$defs` for structs.
    package func schema<T: Decodable>(for type: T.Type) -> JSONValue {
        if let provider = type as? any JSONSchemaProviding.Type {
            return provider.jsonSchema(using: self)
        }
        switch type {
        case is String.Type: return ["type": "string"]
        case is Bool.Type: return ["type": "boolean"]
        case is Double.Type, is Float.Type: return ["type": "number"]
        case is any FixedWidthInteger.Type: return ["type": "integer"]
        default: break
        }
        let name = String(describing: type)
        let reference: JSONValue = ["$ref": .string("#/$defs/\(name)")]
        if started.contains(name) { return reference }
        started.insert(name)
        let recorder = SchemaRecorder(generator: self)
        _ = try? T(from: ProbeDecoder(recorder: recorder))
        var properties: [String: JSONValue] = [:]
        let ranges = (type as? any YAMLNumericRanges.Type)?.numericRanges ?? [:]
        for (key, recorded) in recorder.properties {
            let property = ranges[key].map { Self.bounding(recorded, by: $0) } ?? recorded
            if let text = descriptions["\(name).\(key)"], case .object(var body) = property {
                body["description"] = .string(text)
                properties[key] = .object(body)
            } else {
                properties[key] = property
            }
        }
        var object: [String: JSONValue] = [
            "type": "object",
            "additionalProperties": false,
            "properties": .object(properties),
        ]
        if !recorder.required.isEmpty {
            object["required"] = .array(recorder.required.map { .string($0) })
        }
        if let text = descriptions[name] {
            object["description"] = .string(text)
        }
        definitions[name] = .object(object)
        return reference
    }

    /// `schema` with the range's bounds on its numbers: the value itself, a list's items or a map's values.
    static func bounding(_ schema: JSONValue, by range: NumericRange) -> JSONValue {
        guard case .object(var body) = schema else { return schema }
        switch body["type"] {
        case .string("number")?, .string("integer")?:
            for (keyword, bound) in range.schemaKeywords { body[keyword] = .number(bound) }
        case .string("array")?:
            if let items = body["items"] { body["items"] = bounding(items, by: range) }
        case .string("object")?:
            if let values = body["additionalProperties"] { body["additionalProperties"] = bounding(values, by: range) }
        default:
            break
        }
        return .object(body)
    }
}

/// Collects the keys one struct asks for while the generator probes it.
final class SchemaRecorder {
    unowned let generator: JSONSchemaGenerator
    var properties: [String: JSONValue] = [:]
    var required: [String] = []

    init(generator: JSONSchemaGenerator) {
        self.generator = generator
    }

    func property<T: Decodable>(_ key: String, _ type: T.Type, required isRequired: Bool) {
        guard properties[key] == nil else { return }
        properties[key] = generator.schema(for: type)
        if isRequired { required.append(key) }
    }
}

extension Array: JSONSchemaProviding where Element: Decodable {
    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        ["type": "array", "items": generator.schema(for: Element.self)]
    }
}

extension Dictionary: JSONSchemaProviding where Key == String, Value: Decodable {
    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        ["type": "object", "additionalProperties": generator.schema(for: Value.self)]
    }
}

extension Optional: JSONSchemaProviding where Wrapped: Decodable {
    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        generator.schema(for: Wrapped.self)
    }
}

extension CalendarDate: JSONSchemaProviding {
    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        // Years 1900 to 9999, as `CalendarDate.supported`.
        ["type": "string", "format": "date", "pattern": "^(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$"]
    }
}

extension DatePeriod: JSONSchemaProviding {
    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        ["type": "string", "pattern": "^[0-9]+[dwmy]$", "description": "a period such as 30d, 6w, 12m or 1y"]
    }
}

extension JSONValue: JSONSchemaProviding {
    package static func jsonSchema(using generator: JSONSchemaGenerator) -> JSONValue {
        [:]
    }
}
