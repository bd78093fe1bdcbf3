import SalesOpsBasics

/// A scalar resolved to a type, following PyYAML's safe loader (YAML 1.1 rules).
///
/// Plain scalars are resolved by their text (`yes` is a bool, `012` an octal int, `1e3` a string
/// because YAML 1.1 floats need a dot); quoted and block scalars are strings; explicit tags win.
/// Differences from PyYAML: integers beyond 64 bits are kept as decimal text (`bigInt`), and
/// timestamps with a time of day are kept as text (`timestamp`) rather than converted.
package enum YAMLScalarValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer too large for 64 bits, as written (underscores removed).
    case bigInt(String)
    case float(Double)
    case string(String)
    case date(CalendarDate)
    /// A timestamp with a time of day, as written.
    case timestamp(String)

    /// Resolves a scalar node; throws a message when an explicit tag does not fit the text.
    package static func resolve(_ scalar: YAMLScalar, tag: String?) throws(YAMLResolutionError) -> YAMLScalarValue {
        guard let tag else {
            return scalar.style == .plain ? resolvePlain(scalar.text) : .string(scalar.text)
        }
        let text = scalar.text
        switch tag {
        case YAMLTag.str:
            return .string(text)
        case YAMLTag.nonSpecific:
            return resolvePlain(text)
        case YAMLTag.null:
            return .null
        case YAMLTag.bool:
            if let value = boolValues[text.lowercased()] { return .bool(value) }
            throw YAMLResolutionError("`!!bool` needs true/false, yes/no or on/off, found \"\(text)\"")
        case YAMLTag.int:
            if let value = constructInt(text) { return value }
            throw YAMLResolutionError("`!!int` needs an integer, found \"\(text)\"")
        case YAMLTag.float:
            if let value = constructFloat(text, strict: false) { return .float(value) }
            throw YAMLResolutionError("`!!float` needs a number, found \"\(text)\"")
        case YAMLTag.timestamp:
            if let date = CalendarDate(iso: text) { return .date(date) }
            if isTimestampText(text) { return .timestamp(text) }
            throw YAMLResolutionError("`!!timestamp` needs a date such as 2026-03-02, found \"\(text)\"")
        default:
            return .string(text)
        }
    }

    /// Resolves the text of a plain, untagged scalar.
    package static func resolvePlain(_ text: String) -> YAMLScalarValue {
        var contiguous = text
        return contiguous.withUTF8 { resolvePlain(text, bytes: $0) }
    }

    private static func resolvePlain(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> YAMLScalarValue {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "~"):
            return bytes.count == 1 ? .null : .string(text)
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            if text == "null" || text == "Null" || text == "NULL" { return .null }
            return bytes.count <= 3 ? plainBools[text].map(YAMLScalarValue.bool) ?? .string(text) : .string(text)
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
             UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return bytes.count <= 5 ? plainBools[text].map(YAMLScalarValue.bool) ?? .string(text) : .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            break
        default:
            // Every other resolvable form starts with a digit, a sign or a dot.
            return .string(text)
        }
        if isPlainFloat(bytes), let value = constructFloat(text, strict: true) { return .float(value) }
        if isPlainInt(bytes), let value = constructInt(text) { return value }
        if bytes.count == 10, let date = CalendarDate(iso: text) { return .date(date) }
        if bytes.count > 10, isTimestamp(bytes) { return .timestamp(text) }
        return .string(text)
    }

    static let plainBools: [String: Bool] = [
        "yes": true, "Yes": true, "YES": true, "no": false, "No": false, "NO": false,
        "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
        "on": true, "On": true, "ON": true, "off": false, "Off": false, "OFF": false,
    ]
    static let boolValues: [String: Bool] = [
        "yes": true, "no": false, "true": true, "false": false, "on": true, "off": false,
    ]

    // MARK: Recognisers (the regular expressions of PyYAML's resolver, written out by hand)

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// `[-+]?0b[0-1_]+ | [-+]?0[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`
    static func isPlainInt(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        guard i < b.count else { return false }
        let rest = b[i...]
        if rest.first == UInt8(ascii: "0") {
            if rest.count == 1 { return true }
            let second = rest[rest.startIndex + 1]
            let tail = rest.dropFirst(2)
            if second == UInt8(ascii: "b") {
                return !tail.isEmpty && tail.allSatisfy { $0 == 48 || $0 == 49 || $0 == 95 }
            }
            if second == UInt8(ascii: "x") {
                return !tail.isEmpty && tail.allSatisfy { isDigit($0) || $0 == 95 || (65...70).contains($0) || (97...102).contains($0) }
            }
            return rest.dropFirst().allSatisfy { (48...55).contains($0) || $0 == 95 }
        }
        guard let lead = rest.first, (49...57).contains(lead) else { return false }
        var j = rest.startIndex + 1
        while j < b.count, isDigit(b[j]) || b[j] == 95 { j += 1 }
        if j == b.count { return true }
        return isSexagesimalTail(b, from: j, allowFraction: false)
    }

    /// `(:[0-5]?[0-9])+` then the end, or (for floats) then `\.[0-9_]*`.
    private static func isSexagesimalTail(_ b: UnsafeBufferPointer<UInt8>, from start: Int, allowFraction: Bool) -> Bool {
        var j = start
        var groups = 0
        while j < b.count, b[j] == UInt8(ascii: ":") {
            j += 1
            guard j < b.count, isDigit(b[j]) else { return false }
            if j + 1 < b.count, isDigit(b[j + 1]) {
                guard b[j] <= UInt8(ascii: "5") else { return false }
                j += 2
            } else {
                j += 1
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if j == b.count { return !allowFraction }
        guard allowFraction, b[j] == UInt8(ascii: ".") else { return false }
        return b[(j + 1)...].allSatisfy { isDigit($0) || $0 == 95 }
    }

    /// PyYAML's float resolver: a dot is required; an exponent needs a sign.
    static func isPlainFloat(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let signed = !b.isEmpty && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+"))
        if signed { i = 1 }
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: ".") {
            let word = String(decoding: b[(i + 1)...], as: UTF8.self)
            if word == "inf" || word == "Inf" || word == "INF" { return true }
            if !signed, word == "nan" || word == "NaN" || word == "NAN" { return true }
            if signed { return false }
            // \.[0-9_]+([eE][-+][0-9]+)?
            var j = i + 1
            let digitsStart = j
            while j < b.count, isDigit(b[j]) || b[j] == 95 { j += 1 }
            guard j > digitsStart else { return false }
            return isExponent(b, from: j)
        }
        guard isDigit(b[i]) else { return false }
        var j = i + 1
        while j < b.count, isDigit(b[j]) || b[j] == 95 { j += 1 }
        guard j < b.count else { return false }
        if b[j] == UInt8(ascii: ":") {
            return isSexagesimalTail(b, from: j, allowFraction: true)
        }
        guard b[j] == UInt8(ascii: ".") else { return false }
        j += 1
        while j < b.count, isDigit(b[j]) || b[j] == 95 { j += 1 }
        return isExponent(b, from: j)
    }

    private static func isExponent(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        if start == b.count { return true }
        guard b[start] == UInt8(ascii: "e") || b[start] == UInt8(ascii: "E"),
              start + 2 < b.count,
              b[start + 1] == UInt8(ascii: "-") || b[start + 1] == UInt8(ascii: "+")
        else { return false }
        return b[(start + 2)...].allSatisfy(isDigit)
    }

    static func isTimestampText(_ text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8 { isTimestamp($0) }
    }

    /// `YYYY-M?M-D?D` followed by a time: PyYAML's timestamp resolver beyond plain dates.
    static func isTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 10, b[0...3].allSatisfy(isDigit), b[4] == UInt8(ascii: "-") else { return false }
        var j = 5
        func digits(_ min: Int, _ max: Int) -> Bool {
            var n = 0
            while j < b.count, isDigit(b[j]), n < max { j += 1; n += 1 }
            return n >= min
        }
        guard digits(1, 2), j < b.count, b[j] == UInt8(ascii: "-"), { j += 1; return true }(), digits(1, 2) else { return false }
        guard j < b.count else { return false }
        if b[j] == UInt8(ascii: "T") || b[j] == UInt8(ascii: "t") {
            j += 1
        } else {
            let before = j
            while j < b.count, b[j] == 32 || b[j] == 9 { j += 1 }
            guard j > before else { return false }
        }
        guard digits(1, 2), j < b.count, b[j] == UInt8(ascii: ":"), { j += 1; return true }(), digits(2, 2),
              j < b.count, b[j] == UInt8(ascii: ":"), { j += 1; return true }(), digits(2, 2)
        else { return false }
        if j < b.count, b[j] == UInt8(ascii: ".") {
            j += 1
            while j < b.count, isDigit(b[j]) { j += 1 }
        }
        while j < b.count, b[j] == 32 || b[j] == 9 { j += 1 }
        if j == b.count { return true }
        if b[j] == UInt8(ascii: "Z") { return j + 1 == b.count }
        guard b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+") else { return false }
        j += 1
        guard digits(1, 2) else { return false }
        if j < b.count, b[j] == UInt8(ascii: ":") {
            j += 1
            guard digits(2, 2) else { return false }
        }
        return j == b.count
    }

    // MARK: Constructors (PyYAML's construct_yaml_int and construct_yaml_float)

    static func constructInt(_ text: String) -> YAMLScalarValue? {
        // The common case, a plain decimal without underscores, needs no copy.
        if let first = text.utf8.first, first != UInt8(ascii: "0") || text.utf8.count == 1,
           text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(text)
        {
            return .int(value)
        }
        var value = Substring(text.filter { $0 != "_" })
        guard let first = value.first else { return nil }
        let negative = first == "-"
        if first == "-" || first == "+" { value = value.dropFirst() }
        guard !value.isEmpty else { return nil }
        func signed(_ magnitude: Int?) -> YAMLScalarValue? {
            guard let magnitude else { return nil }
            return .int(negative ? -magnitude : magnitude)
        }
        if value == "0" { return .int(0) }
        if value.hasPrefix("0b") { return signed(Int(value.dropFirst(2), radix: 2)) }
        if value.hasPrefix("0x") { return signed(Int(value.dropFirst(2), radix: 16)) }
        if value.hasPrefix("0") { return signed(Int(value, radix: 8)) }
        if value.contains(":") {
            var total = 0
            for part in value.split(separator: ":", omittingEmptySubsequences: false) {
                guard let digit = Int(part) else { return nil }
                let (shifted, o1) = total.multipliedReportingOverflow(by: 60)
                let (sum, o2) = shifted.addingReportingOverflow(digit)
                if o1 || o2 { return nil }
                total = sum
            }
            return .int(negative ? -total : total)
        }
        guard value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber) else { return nil }
        if let magnitude = Int(value) { return .int(negative ? -magnitude : magnitude) }
        return .bigInt((negative ? "-" : "") + value)
    }

    /// `strict` is for plain scalars the resolver already vetted; `!!float` also accepts what Python's `float()` does.
    static func constructFloat(_ text: String, strict: Bool) -> Double? {
        if let value = plainDecimal(text) { return value }
        var value = Substring(text.filter { $0 != "_" }.lowercased())
        value = value.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        while value.last == " " || value.last == "\t" || value.last == "\n" { value = value.dropLast() }
        guard let first = value.first else { return nil }
        let sign: Double = first == "-" ? -1 : 1
        if first == "-" || first == "+" { value = value.dropFirst() }
        if value == ".inf" { return sign * .infinity }
        if value == ".nan" { return .nan }
        if value.contains(":") {
            var total = 0.0
            for part in value.split(separator: ":", omittingEmptySubsequences: false) {
                guard let digit = Double(part) else { return nil }
                total = total * 60 + digit
            }
            return sign * total
        }
        guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "+" || $0 == "-") }) else {
            return nil
        }
        // Python's float() accepts "1." and ".5"; Swift's Double does too, but not "1.e+3": add the zero.
        var normalized = String(value)
        if let dot = normalized.firstIndex(of: "."), normalized.index(after: dot) == normalized.endIndex
            || normalized[normalized.index(after: dot)] == "e"
        {
            normalized.insert("0", at: normalized.index(after: dot))
        }
        guard let magnitude = Double(normalized) else { return nil }
        return sign * magnitude
    }
}

extension YAMLScalarValue {
    /// `[-+]?[0-9]*\.[0-9]+([eE][-+]?[0-9]+)?`, the form nearly every float is written in, read
    /// in one pass over the bytes: the general path's filtering, lowercasing and searching cost
    /// more than the parse. nil hands anything else to the general path; where both apply they
    /// parse the same digits with the same `Double` initialiser.
    static func plainDecimal(_ text: String) -> Double? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        var sign = 1.0
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            if first == UInt8(ascii: "-") { sign = -1 }
            index = utf8.index(after: index)
        }
        let digitsStart = index
        var sawDot = false, fractionDigits = 0, sawExponent = false, exponentDigits = 0
        // The digits as an integer, while there are at most 15 of them (below 2^53, so exact).
        var mantissa: UInt64 = 0, mantissaDigits = 0
        while index != utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawExponent { exponentDigits += 1 } else if sawDot { fractionDigits += 1 }
                if !sawExponent {
                    mantissa = mantissa &* 10 &+ UInt64(utf8[index] &- UInt8(ascii: "0"))
                    mantissaDigits += 1
                }
            case UInt8(ascii: "."):
                guard !sawDot, !sawExponent else { return nil }
                sawDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard fractionDigits > 0, !sawExponent else { return nil }
                sawExponent = true
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == UInt8(ascii: "+") || utf8[next] == UInt8(ascii: "-") { index = next }
            default:
                return nil
            }
            index = utf8.index(after: index)
        }
        guard fractionDigits > 0, !sawExponent || exponentDigits > 0 else { return nil }
        if !sawExponent, mantissaDigits <= 15 {
            // Clinger's fast path: an exact integer divided by an exact power of ten is one
            // correctly rounded operation, so this is the Double that `Double(text)` reads.
            return sign * (Double(mantissa) / exactPowersOfTen[fractionDigits])
        }
        guard let magnitude = Double(text[digitsStart...]) else { return nil }
        return sign * magnitude
    }

    /// 10⁰ … 10¹⁵, each exactly representable.
    private static let exactPowersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }
}

/// An explicit tag that does not fit its scalar (`!!int abc`).
package struct YAMLResolutionError: Error, Sendable, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
