import SalesOpsBasics

/// Writes a node tree back as block-style YAML: key order kept, aliases expanded, merges applied.
package enum YAMLEmitter {
    package static func emit(_ node: YAMLNode) -> String {
        var output = ""
        write(node, indent: 0, into: &output, inline: false)
        if !output.hasSuffix("\n") { output += "\n" }
        return output
    }

    private static func write(_ node: YAMLNode, indent: Int, into output: inout String, inline: Bool) {
        let pad = String(repeating: " ", count: indent)
        switch node.content {
        case .scalar(let scalar):
            output += scalarText(scalar, tag: node.tag) + "\n"
        case .sequence(let items):
            if items.isEmpty {
                output += "[]\n"
                return
            }
            if inline { output += "\n" }
            for item in items {
                output += pad + "- "
                if item.mapping?.isEmpty == false {
                    writeMapping(item.mapping!, indent: indent + 2, into: &output, firstInline: true)
                } else {
                    write(item, indent: indent + 2, into: &output, inline: true)
                }
            }
        case .mapping(let pairs):
            if pairs.isEmpty {
                output += "{}\n"
                return
            }
            if inline { output += "\n" }
            writeMapping(pairs, indent: indent, into: &output, firstInline: false)
        }
    }

    private static func writeMapping(_ pairs: [YAMLPair], indent: Int, into output: inout String, firstInline: Bool) {
        let pad = String(repeating: " ", count: indent)
        for (index, pair) in pairs.enumerated() {
            if !(firstInline && index == 0) { output += pad }
            let key = pair.key.scalar.map { scalarText($0, tag: pair.key.tag) } ?? "?"
            // An implicit key is limited to 1024 characters; longer ones take the explicit `? key` form.
            output += key.utf8.count > 1000 ? "? " + key + "\n" + pad + ":" : key + ":"
            switch pair.value.content {
            case .scalar:
                output += " "
                write(pair.value, indent: indent + 2, into: &output, inline: true)
            case .sequence(let items) where items.isEmpty:
                output += " []\n"
            case .mapping(let items) where items.isEmpty:
                output += " {}\n"
            case .sequence:
                write(pair.value, indent: indent, into: &output, inline: true)
            case .mapping:
                write(pair.value, indent: indent + 2, into: &output, inline: true)
            }
        }
    }

    /// Plain when reading it back gives the same value; double-quoted otherwise.
    private static func scalarText(_ scalar: YAMLScalar, tag: String?) -> String {
        let text = scalar.text
        let isString = tag == YAMLTag.str || ((tag == nil || tag == YAMLTag.nonSpecific) && scalar.style != .plain)
        if isString {
            if case .string = YAMLScalarValue.resolvePlain(text), isSafePlain(text) { return text }
            return quoted(text)
        }
        return isSafePlain(text) ? text : quoted(text)
    }

    /// Whether `text` reads back as the same characters when written without quotes: no
    /// indicator at the start, no `: ` or ` #` inside, no document marker, and only
    /// characters that are printable and harmless on a terminal.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.first, !text.hasSuffix(" "), !text.hasSuffix(":"), first != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || text.hasPrefix("...") { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        return text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) || (needsEscape($0) == nil && $0.value >= 0xA0) }
    }

    /// The escape for a character that may not appear raw in a double-quoted scalar: YAML's
    /// non-printable characters, its extra line breaks, and characters that reorder or hide
    /// text on a terminal.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x85: return "\\N"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        case 0x00..<0x20, 0x7F...0x9F:
            return "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
            return "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        default:
            return nil
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if let escape = needsEscape(scalar) {
                result += escape
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
