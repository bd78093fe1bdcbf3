/// Writes a node tree back as block-style YAML: key order kept, aliases expanded, merges applied.
public enum YAMLEmitter {
    public static func emit(_ node: YAMLNode) -> String {
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
            output += (pair.key.scalar.map { scalarText($0, tag: nil) } ?? "?") + ":"
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

    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.first, !text.hasSuffix(" "), first != " " else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        return !text.contains(": ") && !text.contains(" #") && !text.contains("\n") && !text.contains("\t")
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
