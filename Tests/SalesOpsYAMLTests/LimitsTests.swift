import SalesOpsYAML
import Testing

/// Hostile or broken input ends in an error that names the limit, never a crash or a hang.
@Suite struct LimitsTests {
    @Test func billionLaughsFailsFast() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        #expect {
            try YAMLParser().parse(text, file: "laughs.yaml")
        } throws: { error in
            "\(error)".contains("maxExpandedNodes")
        }
    }

    @Test func deepNestingIsRefused() {
        let text = "deep: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect {
            try YAMLParser().parse(text, file: "deep.yaml")
        } throws: { error in
            "\(error)".contains("maxDepth")
        }
    }

    @Test func largeDocumentIsRefused() {
        let limits = YAMLLimits(maxDocumentBytes: 1_000)
        let text = "items:\n" + String(repeating: "  - some text that fills the document\n", count: 100)
        #expect {
            try YAMLParser(limits: limits).parse(text, file: "big.yaml")
        } throws: { error in
            "\(error)".contains("maxDocumentBytes")
        }
    }

    @Test func largeFileIsRefused() {
        let limits = YAMLLimits(maxFileBytes: 10)
        #expect {
            try YAMLParser(limits: limits).parse("key: a value longer than ten bytes", file: "f.yaml")
        } throws: { error in
            "\(error)".contains("maxFileBytes")
        }
    }

    @Test func selfReferenceIsAnError() {
        #expect {
            try YAMLParser().parse("a: &a [*a]", file: "loop.yaml")
        } throws: { error in
            "\(error)".contains("loop.yaml:1:8") && "\(error)".contains("no anchor")
        }
    }

    @Test(arguments: ["\u{0}", "[", "{a: [}", "- a\nb: c", "\"unterminated", "a: b: c", "\u{FEFF}\u{FEFF}x: 1", "? [a]\n: b"])
    func brokenSnippetsNeverCrash(_ text: String) {
        // Each either parses or throws a located error; reaching the end is the test.
        do {
            _ = try YAMLParser().parse(text, file: "snippet.yaml")
        } catch {
            #expect(error.description.hasPrefix("snippet.yaml:"))
        }
    }

    @Test(arguments: [
        ("list: !!map [a, b]", "tags.yaml:1:7: tag `!!map` on a list; remove the tag"),
        ("map: !!seq {a: b}", "tags.yaml:1:6: tag `!!seq` on a mapping; remove the tag"),
    ])
    func collectionTagOnTheOtherKindIsRefused(_ text: String, message: String) {
        #expect {
            try YAMLParser().parse(text, file: "tags.yaml")
        } throws: { error in
            "\(error)" == message
        }
    }
}
