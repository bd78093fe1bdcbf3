/// Escaping text for the formats reports and checklists are written in. Hand-written rather
/// than Foundation formatters because a batch run renders hundreds of thousands of items.
public enum TextEscaping {
    /// Appends `text` with `escape` applied to the bytes it selects; text without such
    /// bytes (the usual case) is appended whole.
    @inline(__always)
    static func append(_ text: String, to out: inout String, needsEscape: (UInt8) -> Bool, escape: (UInt8) -> String?) {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscape) else {
            out.append(text)
            return
        }
        var pending = utf8.startIndex
        for index in utf8.indices {
            guard let replacement = escape(utf8[index]) else { continue }
            out.append(contentsOf: text[pending..<index])
            out.append(replacement)
            pending = utf8.index(after: index)
        }
        out.append(contentsOf: text[pending...])
    }

    /// Markdown inline text: punctuation that would start emphasis, links, code or HTML
    /// is backslash-escaped; line breaks become spaces so an item stays one list line.
    public static func appendMarkdown(_ text: String, to out: inout String) {
        append(text, to: &out, needsEscape: { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "&"), 10, 13:
                return true
            default:
                return false
            }
        }, escape: { byte in
            switch byte {
            case 10, 13: return " "
            // An entity, not a backslash: `\&` is not an escape in every renderer.
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "#"), UInt8(ascii: "|"):
                return "\\" + String(UnicodeScalar(byte))
            default:
                return nil
            }
        })
    }

    /// HTML text and attribute values: the five characters with meaning in markup.
    public static func appendHTML(_ text: String, to out: inout String) {
        append(text, to: &out, needsEscape: { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }, escape: { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            default: return nil
            }
        })
    }

    /// One CSV field per RFC 4180, neutralised against formula injection: a cell that a
    /// spreadsheet would evaluate (leading `=`, `+`, `-`, `@`, tab or carriage return) gets
    /// a leading `'` so it shows as text.
    public static func appendCSVField(_ text: String, to out: inout String) {
        let first = text.utf8.first
        let formula = first.map { [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13].contains($0) } ?? false
        let quoted = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        if quoted { out.append("\"") }
        if formula { out.append("'") }
        if quoted {
            append(text, to: &out, needsEscape: { $0 == UInt8(ascii: "\"") }, escape: { $0 == UInt8(ascii: "\"") ? "\"\"" : nil })
            out.append("\"")
        } else {
            out.append(text)
        }
    }

    public static func html(_ text: String) -> String {
        var out = ""
        appendHTML(text, to: &out)
        return out
    }

    public static func markdown(_ text: String) -> String {
        var out = ""
        appendMarkdown(text, to: &out)
        return out
    }

    public static func csvField(_ text: String) -> String {
        var out = ""
        appendCSVField(text, to: &out)
        return out
    }
}
