/// Escaping text for the formats reports and checklists are written in. Hand-written rather
/// than Foundation formatters because a batch run renders hundreds of thousands of items.
package enum TextEscaping {
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
    package static func appendMarkdown(_ text: String, to out: inout String) {
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
    package static func appendHTML(_ text: String, to out: inout String) {
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
    package static func appendCSVField(_ text: String, to out: inout String) {
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
    package static func terminalSafe(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            // Most text has nothing to escape: one scan, no copy.
            var index = 0
            while index < bytes.count, unsafeSequence(bytes, at: index) == nil { index += 1 }
            guard index < bytes.count else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[0..<index])
            while index < bytes.count {
                guard let (length, scalar) = unsafeSequence(bytes, at: index) else {
                    out.append(bytes[index])
                    index += 1
                    continue
                }
                out.append(contentsOf: "\\u".utf8)
                out.append(contentsOf: String(scalar, radix: 16, uppercase: true).leftPadded(to: 4).utf8)
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// The length and scalar of the character at `index` when a terminal would act on it, by
    /// its UTF-8 bytes (the characters listed in `terminalSafe` are all one to three bytes).
    @inline(__always)
    static func unsafeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, UInt32)? {
        let byte = bytes[index]
        switch byte {
        case 0x09, 0x0A:
            return nil
        case 0x0D:
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? nil : (1, 0x0D)
        case 0x00..<0x20, 0x7F:
            return (1, UInt32(byte))
        case 0xC2:
            // C2 80…C2 9F: the C1 controls U+0080…U+009F.
            guard index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) else { return nil }
            return (2, UInt32(bytes[index + 1]))
        case 0xD8:
            // D8 9C: U+061C, the Arabic letter mark.
            guard index + 1 < bytes.count, bytes[index + 1] == 0x9C else { return nil }
            return (2, 0x061C)
        case 0xE2:
            guard index + 2 < bytes.count else { return nil }
            let scalar = 0x2000 | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
            guard bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 else { return nil }
            switch scalar {
            case 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return (3, scalar)
            default: return nil
            }
        default:
            return nil
        }
    }

    package static func html(_ text: String) -> String {
        var out = ""
        appendHTML(text, to: &out)
        return out
    }

    package static func markdown(_ text: String) -> String {
        var out = ""
        appendMarkdown(text, to: &out)
        return out
    }

    package static func csvField(_ text: String) -> String {
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
