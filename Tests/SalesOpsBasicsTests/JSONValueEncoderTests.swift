import Foundation
import SalesOpsBasics
import Testing

/// The encoder against Foundation's `JSONEncoder`, the reference it replaces: the same value
/// must give the same compact, sorted-key bytes, since stored track versions hash that text.
@Suite struct JSONValueEncoderTests {
    enum Status: String, Codable { case pending, inProgress }

    struct Step: Codable {
        var id: String
        var after: [String]?
        var offset: Int
        var weight: Double
        var ratio: Float
        var note: String?
        var status: Status
        var flags: [String: Bool]
        var nested: [[Int]]
    }

    /// Custom encoding through every container: keyed, nested keyed, unkeyed, single value, nil.
    struct Custom: Encodable {
        enum Keys: String, CodingKey { case kind, detail, items, missing }
        enum Detail: String, CodingKey { case from, to }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("window", forKey: .kind)
            var detail = container.nestedContainer(keyedBy: Detail.self, forKey: .detail)
            try detail.encode(-3, forKey: .from)
            try detail.encode(UInt64(4_000_000_000), forKey: .to)
            var items = container.nestedUnkeyedContainer(forKey: .items)
            try items.encode(true)
            try items.encodeNil()
            try items.encode(Status.pending)
            try container.encodeNil(forKey: .missing)
        }
    }

    static let steps = [
        Step(id: "a/b \"quoted\" \\ tab\t line\n bell\u{07} back\u{08} feed\u{0C} unit\u{1F} é ✓ 🚀", after: nil,
             offset: -5, weight: 0.1, ratio: 0.1, note: nil, status: .inProgress,
             flags: ["b": true, "B": false, "a10": true, "a9": false, "_x": true, "é": false],
             nested: [[], [1, 2], [123_456_789]]),
        Step(id: "plain", after: ["a", "b"], offset: 0, weight: 1.0 / 3.0, ratio: 2.5, note: "", status: .pending,
             flags: [:], nested: []),
        Step(id: "numbers", after: [], offset: 1_000_000, weight: 1e-7, ratio: 1e20, note: "x", status: .pending,
             flags: [:], nested: [[-1]]),
    ]

    static func foundationText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func compactTextMatchesFoundation() throws {
        #expect(try JSONValueEncoder().encode(Self.steps).jsonText == Self.foundationText(Self.steps))
        #expect(try JSONValueEncoder().encode(Custom()).jsonText == Self.foundationText(Custom()))
    }

    @Test func valuesAreTheOnesEncoded() throws {
        let value = try JSONValueEncoder().encode(Custom())
        #expect(value == [
            "kind": "window",
            "detail": ["from": -3, "to": 4_000_000_000],
            "items": [true, nil, "pending"],
            "missing": nil,
        ])
        // A JSONValue inside a model passes through whole.
        #expect(try JSONValueEncoder().encode(["params": JSONValue.object(["k": [1, "x"]])]) == ["params": ["k": [1, "x"]]])
    }

    @Test func prettyTextIsSortedAndIndented() throws {
        let text = try JSONValueEncoder().encode(Self.steps[1]).prettyText
        #expect(text == """
            {
              "after": [
                "a",
                "b"
              ],
              "flags": {},
              "id": "plain",
              "nested": [],
              "note": "",
              "offset": 0,
              "ratio": 2.5,
              "status": "pending",
              "weight": 0.3333333333333333
            }
            """)
    }

    struct Scores: Codable {
        var values: [String: Double]
        var labels: [String]
        var shares: [Double]
        var empty: [String: Double]
        var nested: [String: [String: Double]]
    }

    /// The pretty text written straight from the encoder is the text of the encoded value, and
    /// maps and lists of scalars encode as they would element by element.
    @Test func prettyTextFromTheEncoderEqualsTheValuesPrettyText() throws {
        let scores = Scores(values: ["b": 0.5, "a": 1e-7, "c\u{202E}": -3], labels: ["x", "y\u{7F}"], shares: [0, 0.25, 1.0 / 3],
                            empty: [:], nested: ["k": ["z": 1, "y": 2], "j": [:]])
        let encoder = JSONValueEncoder()
        #expect(try encoder.prettyText(Self.steps) == encoder.encode(Self.steps).prettyText)
        #expect(try encoder.prettyText(Custom()) == encoder.encode(Custom()).prettyText)
        #expect(try encoder.prettyText(scores) == encoder.encode(scores).prettyText)
        #expect(try encoder.encode(scores).jsonText == Self.foundationText(scores))
    }

    /// A list long enough to be written on several cores reads as one written in order.
    @Test func longListsWriteAsShortOnesDo() throws {
        let rows = (0..<2_000).map { (index: Int) -> Scores in
            let key = "v" + String(index % 7)
            let labels: [String] = index % 5 == 0 ? ["\u{202E}" + String(index)] : []
            let nested: [String: [String: Double]] = index % 3 == 0 ? ["n": ["z": 1]] : [:]
            return Scores(values: [key: Double(index) / 3], labels: labels, shares: [Double(index)], empty: [:], nested: nested)
        }
        let encoder = JSONValueEncoder()
        let text = try encoder.prettyText(rows)
        #expect(try text == encoder.encode(rows).prettyText)
        #expect(try JSONValue(parsing: text) == encoder.encode(rows))
    }
}

