import SalesOpsBasics
import SalesOpsYAML
import Testing

/// The strict decoder reports every problem in a document at once, each located.
@Suite struct DecoderTests {
    enum Colour: String, Codable, YAMLEnumeration {
        case red, green, blue
    }

    struct Item: Codable, YAMLValidating {
        var name: String
        var count: Int
        var price: Double?
        var colour: Colour?
        var tags: [String]?
        var extra: [String: JSONValue]?

        func validationProblems() -> [YAMLValidationProblem] {
            count < 0 ? [YAMLValidationProblem(key: "count", "cannot be negative")] : []
        }
    }

    struct Box: Codable {
        var items: [Item]
    }

    func errors(_ text: String) -> [String] {
        do {
            let document = try YAMLParser().parse(text, file: "box.yaml")[0]
            _ = try YAMLDecoder().decode(Box.self, from: document.root, file: "box.yaml")
            return []
        } catch let error as SourceErrors {
            return error.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func decodesValidInput() throws {
        let text = """
            items:
              - {name: a, count: 1, price: 2.5, colour: red, tags: [x], extra: {n: 1, when: 2026-03-02}}
              - name: "007"
                count: 0x10
                price: 3
            """
        let root = try YAMLParser().parse(text, file: "box.yaml")[0].root
        let box = try YAMLDecoder().decode(Box.self, from: root, file: "box.yaml")
        #expect(box.items.count == 2)
        #expect(box.items[0].price == 2.5)
        #expect(box.items[0].colour == .red)
        #expect(box.items[0].extra?["when"] == .string("2026-03-02"))
        #expect(box.items[1].name == "007")
        #expect(box.items[1].count == 16)
        #expect(box.items[1].price == 3)
    }

    @Test func reportsEveryProblemAtOnce() {
        let text = """
            items:
              - name: a
                cont: 1
              - name: [not, text]
                count: many
                colour: gren
              - name: c
                name: d
                count: -1
            """
        #expect(errors(text) == [
            "box.yaml:2:5: items[0]: missing required key `count`",
            "box.yaml:3:5: items[0].cont: unknown key `cont`; did you mean `count`?",
            "box.yaml:4:11: items[1].name: expected text, found a list",
            "box.yaml:5:12: items[1].count: expected a whole number, found \"many\"",
            "box.yaml:6:13: items[1].colour: `gren` is not a valid value; expected one of red, green, blue; did you mean `green`?",
            "box.yaml:8:5: items[2].name: duplicate key `name` (first given at line 7); keep one",
            "box.yaml:9:12: items[2].count: cannot be negative",
        ])
    }

    @Test func optionalPrimitiveKeysAreKnown() {
        // `price` is a Double? read through the primitive overload: it must count as a known key.
        #expect(errors("items: [{name: a, count: 1, price: 2, prise: 3}]") == [
            "box.yaml:1:39: items[0].prise: unknown key `prise`; did you mean `price`?",
        ])
    }

    @Test func quotedNumbersAreText() {
        #expect(errors("items: [{name: a, count: \"3\"}]") == [
            "box.yaml:1:26: items[0].count: expected a whole number, found \"3\"",
        ])
    }

    @Test func schemaFollowsTheTypes() {
        let schema = JSONSchemaGenerator().document(for: Box.self, id: "box", title: "Box")
        guard case .object(let defs)? = schema["$defs"], case .object(let item)? = defs["Item"] else {
            Issue.record("no Item definition in \(schema)")
            return
        }
        #expect(item["required"] == ["name", "count"])
        #expect(item["additionalProperties"] == false)
        #expect(item["properties"]?["colour"] == ["type": "string", "enum": ["red", "green", "blue"]])
        #expect(item["properties"]?["tags"] == ["type": "array", "items": ["type": "string"]])
        #expect(item["properties"]?["price"] == ["type": "number"], "optional primitives are recorded too")
    }
}
