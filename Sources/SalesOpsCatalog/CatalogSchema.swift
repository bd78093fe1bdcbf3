import SalesOpsBasics
import SalesOpsYAML

/// JSON Schema (2020-12) for catalog documents, generated from the decoder's own types.
package enum CatalogSchema {
    package static let baseID = "https://salesops.dev/schema/v1/"

    static func document<T: Decodable>(for type: T.Type, kind: String) -> JSONValue {
        let generator = JSONSchemaGenerator()
        guard case .object(var document) = generator.document(
            for: type, id: baseID + kind.lowercased() + ".schema.json", title: "salesops \(kind)"),
              case .object(var properties)? = document["properties"]
        else { return [:] }
        properties["apiVersion"] = ["const": .string(Descriptor<JSONValue>.currentAPIVersion)]
        properties["kind"] = ["const": .string(kind)]
        document["properties"] = .object(properties)
        // The name pattern is the one `Metadata` enforces when decoding.
        if case .object(var defs)? = document["$defs"], case .object(var metadata)? = defs["Metadata"],
           case .object(var metadataProperties)? = metadata["properties"]
        {
            metadataProperties["name"] = [
                "type": "string", "pattern": "^[a-z0-9]+([-_.][a-z0-9]+)*$",
                "description": "lower-case letters and digits separated by -, _ or .; unique per kind",
            ]
            metadata["properties"] = .object(metadataProperties)
            defs["Metadata"] = .object(metadata)
            document["$defs"] = .object(defs)
        }
        return .object(document)
    }

    /// One schema for any catalog document: the kinds' schemas, chosen by `kind`.
    package static func combined(_ kinds: CatalogKinds) -> JSONValue {
        var defs: [String: JSONValue] = [:]
        var choices: [JSONValue] = []
        for kind in kinds.kinds {
            guard case .object(var schema) = kind.schema() else { continue }
            schema["$schema"] = nil
            schema["$id"] = nil
            // Each kind's $defs move under its own name so references stay unambiguous.
            if case .object(let kindDefs)? = schema["$defs"] {
                for (name, value) in kindDefs {
                    defs["\(kind.name).\(name)"] = rewriteReferences(value, prefix: kind.name)
                }
                schema["$defs"] = nil
            }
            let rewritten = rewriteReferences(.object(schema), prefix: kind.name)
            defs[kind.name] = rewritten
            choices.append([
                "if": ["properties": ["kind": ["const": .string(kind.name)]], "required": ["kind"]],
                "then": ["$ref": .string("#/$defs/\(kind.name)")],
            ])
        }
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(baseID + "catalog.schema.json"),
            "title": "salesops catalog document",
            "type": "object",
            "required": ["apiVersion", "kind", "metadata", "spec"],
            "properties": ["kind": ["enum": .array(kinds.names.map { .string($0) })]],
            "allOf": .array(choices),
            "$defs": .object(defs),
        ]
    }

    /// `document`, a Track schema, with one if/then per track kind (sorted by name) on
    /// `spec.audience`: `spec.fields` must match the kind's fields schema, or be empty for a kind
    /// that declares none.
    static func constrainingTrackFields(_ document: JSONValue, _ trackKinds: [(kind: String, fields: JSONValue?)]) -> JSONValue {
        guard case .object(var object) = document else { return document }
        let rules = trackKinds.sorted { $0.kind < $1.kind }.map { entry -> JSONValue in
            [
                "if": [
                    "properties": ["spec": ["properties": ["audience": ["const": .string(entry.kind)]], "required": ["audience"]]],
                    "required": ["spec"],
                ],
                "then": ["properties": ["spec": ["properties": ["fields": entry.fields ?? ["type": "object", "maxProperties": 0]]]]],
            ]
        }
        object["allOf"] = .array((object["allOf"]?.arrayValue ?? []) + rules)
        return .object(object)
    }

    private static func rewriteReferences(_ value: JSONValue, prefix: String) -> JSONValue {
        switch value {
        case .object(let object):
            var result: [String: JSONValue] = [:]
            for (key, item) in object {
                if key == "$ref", case .string(let target) = item, target.hasPrefix("#/$defs/") {
                    result[key] = .string("#/$defs/\(prefix)." + target.dropFirst("#/$defs/".count))
                } else {
                    result[key] = rewriteReferences(item, prefix: prefix)
                }
            }
            return .object(result)
        case .array(let items):
            return .array(items.map { rewriteReferences($0, prefix: prefix) })
        default:
            return value
        }
    }
}
