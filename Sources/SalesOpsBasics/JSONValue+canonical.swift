extension JSONValue {
    /// The JSON Canonicalization Scheme (RFC 8785) form of this value: no whitespace, object
    /// members sorted by their keys' UTF-16 code units, strings with only the escapes JSON
    /// requires, numbers as ECMAScript writes them. Two texts of the same JSON (any key order
    /// or spacing) give the same bytes, which is what a signature over JSON needs.
    public var canonicalBytes: [UInt8] {
        var writer = JSONByteWriter()
        defer { writer.deallocate() }
        writer.writeCanonical(self)
        return Array(UnsafeBufferPointer(start: writer.base, count: writer.count))
    }

    /// A number as ECMAScript's `Number.prototype.toString` writes it (RFC 8785 section 3.2.2.3):
    /// `1e+21`, `0.000001`, `1e-7`, `-0` as `0`.
    public static func ecmaScriptText(of number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == 0 { return "0" }
        // Swift's description holds the shortest digits that read back to the same Double;
        // only their layout differs from ECMAScript's.
        let text = abs(number).description
        let pieces = text.split(separator: "e", maxSplits: 1)
        var exponent = pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0
        let parts = pieces[0].split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        exponent += parts[0].count
        // Drop leading zeros (0.001 → digits "0001") and trailing zeros (100.0 → "1000").
        while digits.hasPrefix("0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        let count = digits.count
        var out = number < 0 ? "-" : ""
        // `exponent` is n in ECMAScript's terms: the value is 0.DIGITS × 10^n.
        if count <= exponent && exponent <= 21 {
            out += digits + String(repeating: "0", count: exponent - count)
        } else if 0 < exponent && exponent <= 21 {
            out += digits.prefix(exponent) + "." + digits.dropFirst(exponent)
        } else if -6 < exponent && exponent <= 0 {
            out += "0." + String(repeating: "0", count: -exponent) + digits
        } else {
            let power = exponent - 1
            out += String(digits.prefix(1)) + (count > 1 ? "." + digits.dropFirst() : "")
            out += "e" + (power < 0 ? "-" : "+") + String(abs(power))
        }
        return out
    }
}

extension JSONByteWriter {
    mutating func writeCanonical(_ value: JSONValue) {
        switch value {
        case .object(let members):
            append(UInt8(ascii: "{"))
            var first = true
            for key in members.keys.sorted(by: { $0.utf16.lexicographicallyPrecedes($1.utf16) }) {
                if !first { append(UInt8(ascii: ",")) }
                first = false
                writeString(key)
                append(UInt8(ascii: ":"))
                writeCanonical(members[key]!)
            }
            append(UInt8(ascii: "}"))
        case .array(let items):
            append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                writeCanonical(item)
            }
            append(UInt8(ascii: "]"))
        case .number(let number):
            var text = JSONValue.ecmaScriptText(of: number)
            text.withUTF8 { append($0) }
        default:
            write(value, sortedKeys: true)
        }
    }
}
