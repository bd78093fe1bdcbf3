import Foundation
import SalesOpsBasics
@testable import SalesOpsYAML
import Testing

/// What `catalog show --format yaml` writes reads back as the same document, whatever the
/// strings hold, and holds no character that could drive a terminal.
@Suite struct EmitterRoundTripTests {
    static let hostileFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/strings.yaml")

    /// Characters a terminal acts on: C0 other than tab and line feed, DEL, C1, bidi
    /// controls, line and paragraph separators, and a byte-order mark.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    func roundTrip(_ root: YAMLNode) throws -> (emitted: String, reread: JSONValue) {
        let emitted = YAMLEmitter.emit(root)
        let reread = try YAMLParser().parse(emitted, file: "emitted.yaml")
        #expect(reread.count == 1)
        return (emitted, try reread[0].root.jsonValue())
    }

    @Test func hostileStringsSurviveAndStayEscaped() throws {
        let documents = try YAMLParser().parse([UInt8](Data(contentsOf: Self.hostileFile)), file: "strings.yaml")
        let original = documents[0].root
        let (emitted, reread) = try roundTrip(original)
        #expect(reread == (try original.jsonValue()), "\(emitted)")
        #expect(!emitted.unicodeScalars.contains(where: Self.isTerminalControl), "\(emitted)")
        // Spot checks of the written form a reader sees.
        #expect(emitted.contains(#"escape: "\x1B[31mred\x1B[0m and \x1B]0;title\x07""#))
        #expect(emitted.contains(#"bidi: "\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark""#))
        #expect(emitted.contains(#"looks-like-number: "12""#))
        #expect(emitted.contains("unicode: Zoë · 東京 · 🚀\n"))
    }

    /// Random strings over an alphabet of awkward characters, as values, keys and list items.
    @Test func generatedStringsRoundTrip() throws {
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", "9", " ", "-", ":", "#", "'", "\"", "\\", "&", "*", "!", "|", ">", "%", "@", "`", "?", ",",
            "[", "]", "{", "}", ".", "~", "\t", "\n", "\r", "\u{0}", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9B}",
            "\u{A0}", "\u{202E}", "\u{2066}", "\u{2028}", "\u{2029}", "\u{FEFF}", "é", "東", "🚀",
        ]
        var generator = SplitMix64(seed: 0x5A1E5095)
        var pairs: [YAMLPair] = []
        for index in 0..<2000 {
            let length = Int.random(in: 0...12, using: &generator)
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
            let mark = YAMLMark(line: 1, column: 1)
            let value = YAMLNode(.scalar(YAMLScalar(text: text, style: .doubleQuoted)), mark: mark)
            let key = YAMLNode(.scalar(YAMLScalar(text: "k\(index)" + text, style: .doubleQuoted)), mark: mark)
            let list = YAMLNode(.sequence([value, value]), mark: mark)
            pairs.append(YAMLPair(key: key, value: index.isMultiple(of: 2) ? value : list))
        }
        let root = YAMLNode(.mapping(pairs), mark: YAMLMark(line: 1, column: 1))
        let (emitted, reread) = try roundTrip(root)
        #expect(reread == (try root.jsonValue()))
        #expect(!emitted.unicodeScalars.contains(where: Self.isTerminalControl))
    }

    @Test func keysLongerThanAnImplicitKeyUseTheExplicitForm() throws {
        let mark = YAMLMark(line: 1, column: 1)
        let long = String(repeating: "k", count: 1500)
        let root = YAMLNode(.mapping([YAMLPair(key: YAMLNode(.scalar(YAMLScalar(text: long, style: .plain)), mark: mark),
                                               value: YAMLNode(.scalar(YAMLScalar(text: "v", style: .plain)), mark: mark))]), mark: mark)
        let (emitted, reread) = try roundTrip(root)
        #expect(emitted == "? \(long)\n: v\n")
        #expect(reread == .object([long: .string("v")]))
    }
}
