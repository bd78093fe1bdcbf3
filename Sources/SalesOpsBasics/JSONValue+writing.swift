extension JSONValue {
    /// The compact UTF-8 JSON text of this value. Members are written in dictionary order,
    /// which is fastest (requests of ten thousand candidates); use `sortedKeys: true` where
    /// the same value must always give the same bytes. Non-finite numbers, which JSON cannot
    /// express, are written as `null`.
    public func serialized(sortedKeys: Bool = false) -> [UInt8] {
        withSerializedBytes(sortedKeys: sortedKeys) { Array($0) }
    }

    /// Calls `body` with the compact JSON text, without copying it into an array first. The
    /// buffer is followed by a NUL byte (not counted), as the plugin ABI wants for requests.
    public func withSerializedBytes<Result, Failure: Error>(
        sortedKeys: Bool = false, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var writer = JSONByteWriter()
        defer { writer.deallocate() }
        writer.write(self, sortedKeys: sortedKeys)
        writer.append(0)
        return try body(UnsafeBufferPointer(start: writer.base, count: writer.count - 1))
    }

    /// The compact JSON text of this value as a `String`, with sorted keys.
    public var jsonText: String {
        String(decoding: serialized(sortedKeys: true), as: UTF8.self)
    }

    /// Indented JSON text with sorted keys, for people and for stable CLI output. It is safe to
    /// show on a terminal as it is: besides the C0 controls JSON escapes, every character
    /// `TextEscaping.terminalSafe` lists is written as `\uXXXX` in the notation that function
    /// uses, so the text equals its `terminalSafe` form and means the same JSON.
    public var prettyText: String {
        var writer = JSONByteWriter()
        writer.escapesTerminalControls = true
        defer { writer.deallocate() }
        writer.writePretty(self, indent: 0)
        return String(decoding: UnsafeBufferPointer(start: writer.base, count: writer.count), as: UTF8.self)
    }

    /// A number as JSON writes it, which is also how people read it: `80`, `0.85`, not `80.0`.
    public static func text(of number: Double) -> String {
        var writer = JSONByteWriter(capacity: 32)
        defer { writer.deallocate() }
        writer.writeNumber(number)
        return String(decoding: UnsafeBufferPointer(start: writer.base, count: writer.count), as: UTF8.self)
    }
}

/// A growable byte buffer for the JSON writer. Serialising ten thousand candidates is the
/// hot path of a plugin call, and raw appends without Array's uniqueness and bounds checks
/// make it several times faster.
package struct JSONByteWriter {
    package private(set) var base: UnsafeMutablePointer<UInt8>
    package private(set) var count = 0
    private var capacity: Int
    /// Whether strings also escape what a terminal would act on (DEL, C1 controls, bidirectional
    /// and line-separator characters), which JSON allows raw.
    package var escapesTerminalControls = false

    package init(capacity: Int = 4096) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    package func deallocate() {
        base.deallocate()
    }

    @inline(__always)
    package mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(extra) }
    }

    private mutating func grow(_ extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    package mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    package mutating func write(_ value: JSONValue, sortedKeys: Bool) {
        switch value {
        case .null:
            append("null")
        case .bool(let flag):
            append(flag ? "true" : "false")
        case .number(let number):
            writeNumber(number)
        case .string(let string):
            writeString(string)
        case .array(let elements):
            append(UInt8(ascii: "["))
            var first = true
            for element in elements {
                if !first { append(UInt8(ascii: ",")) }
                first = false
                write(element, sortedKeys: sortedKeys)
            }
            append(UInt8(ascii: "]"))
        case .object(let members):
            append(UInt8(ascii: "{"))
            var first = true
            if sortedKeys {
                for member in members.sorted(by: { $0.key < $1.key }) {
                    writeKey(member.key, first: &first)
                    write(member.value, sortedKeys: true)
                }
            } else {
                for (key, member) in members {
                    writeKey(key, first: &first)
                    write(member, sortedKeys: false)
                }
            }
            append(UInt8(ascii: "}"))
        }
    }

    /// Writes `value` cut down by `projection`, without building the smaller value first.
    package mutating func write(_ value: JSONValue, projection: JSONProjection) {
        guard !projection.keepsAll, case .object(let members) = value else {
            write(value, sortedKeys: false)
            return
        }
        append(UInt8(ascii: "{"))
        var first = true
        for (key, child) in projection.children {
            guard let member = members[key] else { continue }
            writeKey(key, first: &first)
            write(member, projection: child)
        }
        append(UInt8(ascii: "}"))
    }

    /// Writes an object member's `"key":`, after a comma unless it is the first.
    private mutating func writeKey(_ key: String, first: inout Bool) {
        if !first { append(UInt8(ascii: ",")) }
        first = false
        writeString(key)
        append(UInt8(ascii: ":"))
    }

    package mutating func newline(_ level: Int) {
        append(0x0A)
        for _ in 0..<level * 2 { append(UInt8(ascii: " ")) }
    }

    package mutating func writePretty(_ value: JSONValue, indent: Int) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { append(UInt8(ascii: ",")) }
                newline(indent + 1)
                writePretty(element, indent: indent + 1)
            }
            newline(indent)
            append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            append(UInt8(ascii: "{"))
            for (offset, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if offset > 0 { append(UInt8(ascii: ",")) }
                newline(indent + 1)
                writeString(member.key)
                append(": ")
                writePretty(member.value, indent: indent + 1)
            }
            newline(indent)
            append(UInt8(ascii: "}"))
        default:
            write(value, sortedKeys: true)
        }
    }

    package mutating func writeNumber(_ value: Double) {
        guard value.isFinite else {
            append("null")
            return
        }
        guard value.rounded() == value, abs(value) < 1e15 else {
            // Swift's description is the shortest text that reads back to the same Double,
            // and its forms (1e-05, 0.1, 1.5e+20) are all valid JSON.
            var text = value.description
            text.withUTF8 { append($0) }
            return
        }
        // Whole numbers (most numbers in a request) as digits, without a String each.
        var magnitude = UInt64(abs(value))
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits = 1
        var probe = magnitude / 10
        while probe > 0 {
            digits += 1
            probe /= 10
        }
        reserve(digits)
        var index = count + digits - 1
        repeat {
            base[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
        count += digits
    }

    package mutating func writeString(_ value: String) {
        append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            // Most strings need no escaping: copy their bytes in one go.
            let terminal = escapesTerminalControls
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (terminal && (byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2)) {
                writeEscaped(bytes)
                return
            }
            append(bytes)
        }
        append(UInt8(ascii: "\""))
    }

    private mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        let hex: StaticString = "0123456789abcdef"
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            // \b and \f as Foundation's encoder writes them: stored track versions hash this text.
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0..<0x20:
                append("\\u00")
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0xF)])
            default:
                if escapesTerminalControls, let (length, scalar) = TextEscaping.unsafeSequence(bytes, at: index) {
                    // Upper-case digits, as `TextEscaping.terminalSafe` writes them.
                    let upper: StaticString = "0123456789ABCDEF"
                    append("\\u")
                    for shift in [12, 8, 4, 0] {
                        append(upper.utf8Start[Int((scalar >> UInt32(shift)) & 0xF)])
                    }
                    index += length
                    continue
                }
                append(byte)
            }
            index += 1
        }
    }
}
