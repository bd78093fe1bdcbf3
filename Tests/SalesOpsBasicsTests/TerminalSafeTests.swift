import SalesOpsBasics
import Testing

/// `TextEscaping.terminalSafe` escapes exactly the characters a terminal acts on.
@Suite struct TerminalSafeTests {
    /// The rule, written the slow and obvious way over Unicode scalars.
    static func reference(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        for (index, scalar) in scalars.enumerated() {
            let unsafe: Bool
            switch scalar.value {
            case 0x09, 0x0A: unsafe = false
            case 0x0D: unsafe = index + 1 == scalars.count || scalars[index + 1] != "\n"
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: unsafe = true
            default: unsafe = false
            }
            if unsafe {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test(arguments: [
        ("plain text", "plain text"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("crlf\r\nkept", "crlf\r\nkept"),
        ("lone\rreturn", "lone\\u000Dreturn"),
        ("\u{1B}[31mred", "\\u001B[31mred"),
        ("csi\u{9B}", "csi\\u009B"),
        ("rtl\u{202E}evil", "rtl\\u202Eevil"),
        ("zero\u{200D}width joiner stays", "zero\u{200D}width joiner stays"),
        ("ellipsis… arrow → stay", "ellipsis… arrow → stay"),
        ("trailing\r", "trailing\\u000D"),
    ])
    func escapesWhatATerminalActsOn(input: String, expected: String) {
        #expect(TextEscaping.terminalSafe(input) == expected)
    }

    @Test func agreesWithTheRuleOnGeneratedText() {
        let alphabet: [Unicode.Scalar] = ["a", " ", "\t", "\n", "\r", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}",
                                          "\u{B7}", "\u{61C}", "\u{600}", "\u{200D}", "\u{200E}", "\u{2026}", "\u{2028}",
                                          "\u{202F}", "\u{2066}", "\u{206A}", "\u{2192}", "é", "🚀"]
        var state: UInt64 = 42
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 9) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            #expect(TextEscaping.terminalSafe(text) == Self.reference(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func prettyJSONIsAlreadyTerminalSafeAndReadsBack() throws {
        let value: JSONValue = ["title\u{202E}": "Hostile\u{1B}[2J CRM\u{202E}gnp\u{7F}\u{9B}\r\n\u{2028}é🚀"]
        #expect(value.prettyText == #"""
            {
              "title\u202E": "Hostile\u001b[2J CRM\u202Egnp\u007F\u009B\r\n\u2028é🚀"
            }
            """#)
        // The compact text, which track versions hash, keeps those characters as they are.
        #expect(value.jsonText == "{\"title\u{202E}\":\"Hostile\\u001b[2J CRM\u{202E}gnp\u{7F}\u{9B}\\r\\n\u{2028}é🚀\"}")
    }

    @Test func prettyJSONAgreesWithTerminalSafeOnGeneratedText() throws {
        let alphabet: [Unicode.Scalar] = ["a", " ", "\t", "\n", "\r", "\"", "\\", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}",
                                          "\u{A0}", "\u{B7}", "\u{61C}", "\u{600}", "\u{200D}", "\u{200E}", "\u{2026}",
                                          "\u{2028}", "\u{202F}", "\u{2066}", "\u{206A}", "\u{2192}", "é", "🚀"]
        var state: UInt64 = 7
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 9) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value: JSONValue = [text: .string(text)]
            let pretty = value.prettyText
            #expect(TextEscaping.terminalSafe(pretty) == pretty, "\(text.unicodeScalars.map { $0.value })")
            #expect(try JSONValue(parsing: pretty) == value, "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
