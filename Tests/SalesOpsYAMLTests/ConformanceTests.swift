import Foundation
import SalesOpsBasics
import SalesOpsYAML
import Testing

/// The node tree, resolved and converted to tagged JSON, equals what PyYAML's CSafeLoader gives
/// (`scripts/generate-yaml-conformance.py` wrote the expected files).
@Suite struct ConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conformance")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func corpusIsPresent() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases) func matchesPyYAML(_ name: String) throws {
        let yamlURL = Self.folder.appendingPathComponent(name)
        let jsonURL = yamlURL.deletingPathExtension().appendingPathExtension("json")
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: jsonURL))
        let documents = try YAMLParser().parse([UInt8](Data(contentsOf: yamlURL)), file: name)
        let actual = JSONValue.array(try documents.map { try Self.tagged($0.root) })
        #expect(actual == expected, "\(name)")
    }

    /// The tagged JSON encoding the generator uses: ints and floats and dates carry their type.
    static func tagged(_ node: YAMLNode) throws -> JSONValue {
        switch node.content {
        case .sequence(let items):
            return .array(try items.map(tagged))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs {
                object[pair.key.scalar?.text ?? "?"] = try tagged(pair.value)
            }
            return .object(object)
        case .scalar:
            switch try node.scalarValue()! {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return ["!int": .string(String(value))]
            case .bigInt(let text): return ["!int": .string(text)]
            case .float(let value):
                if value.isNaN { return ["!float": "nan"] }
                if value.isInfinite { return ["!float": .string(value < 0 ? "-inf" : "inf")] }
                return ["!float": .number(value)]
            case .string(let text): return .string(text)
            case .date(let date): return ["!date": .string(date.description)]
            case .timestamp(let text): return ["!timestamp": .string(text)]
            }
        }
    }
}
