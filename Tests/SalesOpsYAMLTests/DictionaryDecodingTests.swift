import SalesOpsYAML
import Testing

/// Mappings decoded as `[String: V]`: values, and every problem located by key.
@Suite struct DictionaryDecodingTests {
    struct Scores: Codable {
        var scores: [String: Double]
    }

    func decode(_ text: String) -> Result<[String: Double], SourceErrors> {
        do {
            let root = try YAMLParser().parse(text, file: "scores.yaml")[0].root
            return .success(try YAMLDecoder().decode(Scores.self, from: root, file: "scores.yaml").scores)
        } catch let error as SourceErrors {
            return .failure(error)
        } catch {
            Issue.record("\(error)")
            return .success([:])
        }
    }

    @Test func decodesEveryKey() throws {
        let keys = (0..<20).map { "k\($0)" }
        let text = "scores: {" + keys.enumerated().map { "\($1): \($0).5" }.joined(separator: ", ") + ", 7: 1}"
        var expected = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Double($0) + 0.5) })
        expected["7"] = 1
        #expect(try decode(text).get() == expected)
    }

    @Test func reportsBadValuesDuplicatesAndKeysThatAreNotText() {
        let text = """
            scores:
              a: 1.5
              b: ninety
              7: [1]
              a: 2
              [x]: 3
            """
        guard case .failure(let errors) = decode(text) else { Issue.record("decoded"); return }
        #expect(errors.errors.map(\.description) == [
            "scores.yaml:5:3: scores.a: duplicate key `a` (first given at line 2); keep one",
            "scores.yaml:6:3: scores: a key must be plain text, found a list",
            "scores.yaml:3:6: scores.b: expected a number, found \"ninety\"",
            "scores.yaml:4:6: scores[7]: expected a number, found a list",
        ])
        guard case .failure(let notMapping) = decode("scores: [1, 2]") else { Issue.record("decoded"); return }
        #expect(notMapping.errors.map(\.description) == ["scores.yaml:1:9: scores: expected a mapping, found a list"])
    }
}
