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

    /// Text that is safe to show on a terminal: every character that could move the cursor,
    /// recolour the screen, hide text or reorder it (C0 controls other than tab and line
    /// feed, a carriage return that does not end a line, DEL, C1 controls, bidirectional
    /// overrides and isolates, line and paragraph separators) becomes a visible `\uXXXX`.
    /// That notation is also a valid escape inside JSON and YAML double-quoted strings, where
    /// such characters can only appear, so machine-readable output keeps its meaning.
    public static func terminalSafe(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let unsafe: Bool
            switch value {
            case 0x09, 0x0A: unsafe = false
            case 0x0D: unsafe = index + 1 == scalars.count || scalars[index + 1] != "\n"
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: unsafe = true
            default: unsafe = false
            }
            if unsafe {
                out += "\\u" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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

extension String {
    /// The string padded on the left with zeros to `width` characters.
    package func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
