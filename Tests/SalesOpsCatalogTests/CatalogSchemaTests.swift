import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import Testing

/// The JSON Schemas describe what the decoder accepts, and the checked-in copies are current.
@Suite struct CatalogSchemaTests {
    static let schemaFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema")

    @Test(arguments: CatalogKinds.standard.names) func kindSchemaShape(_ kind: String) throws {
        let schema = try #require(CatalogKinds.standard.kind(named: kind)).schema()
        #expect(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["properties"]?["kind"] == ["const": .string(kind)])
        #expect(schema["required"] == ["apiVersion", "kind", "metadata", "spec"])
        #expect(schema["additionalProperties"] == false)
    }

    @Test func toolSchemaKnowsPricing() throws {
        let schema = try #require(CatalogKinds.standard.kind(named: "Tool")).schema()
        let tier = schema["$defs"]?["PricingTier"]
        #expect(tier?["required"] == ["name"])
        #expect(tier?["properties"]?["pricePerSeat"] == ["$ref": "#/$defs/BillingPrices"])
        #expect(schema["$defs"]?["Metadata"]?["properties"]?["name"]?["pattern"] == "^[a-z0-9]+([-_.][a-z0-9]+)*$")
    }

    @Test func everyReferenceInTheCombinedSchemaResolves() throws {
        let schema = CatalogSchema.combined(.standard)
        guard case .object(let defs)? = schema["$defs"] else {
            Issue.record("no $defs")
            return
        }
        var references: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let object):
                if case .string(let target)? = object["$ref"] { references.append(target) }
                object.values.forEach(collect)
            case .array(let items):
                items.forEach(collect)
            default:
                break
            }
        }
        collect(schema)
        #expect(!references.isEmpty)
        for reference in references {
            #expect(reference.hasPrefix("#/$defs/") && defs[String(reference.dropFirst("#/$defs/".count))] != nil, "\(reference) points nowhere")
        }
    }

    /// The built-in kinds' files; `catalog.schema.json` also holds the kinds the bundled plugins
    /// add, so the command-line tests check the whole folder against `catalog schema --output`.
    @Test func checkedInSchemasAreCurrent() throws {
        var expected: [String: JSONValue] = [:]
        // track.schema.json also chooses spec.fields by the bundled plugins' track kinds: the
        // command-line tests check it.
        for kind in CatalogKinds.standard.kinds where kind.name != "Track" {
            expected[kind.name.lowercased() + ".schema.json"] = kind.schema()
        }
        for (file, schema) in expected {
            let onDisk = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: Self.schemaFolder.appendingPathComponent(file)))
            #expect(onDisk == schema, "\(file) is out of date: run `swift run salesops catalog schema --output schema`")
        }
    }
}
