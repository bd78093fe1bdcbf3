/// Builds RFC 5545 content: CRLF line ends, lines folded at 75 octets without splitting a
/// UTF-8 sequence, TEXT values escaped. Folds while writing, so no line is copied twice.
package struct ICalendarWriter {
    package private(set) var bytes: [UInt8] = []
    /// Octets on the current physical line (a continuation's leading space included).
    private var column = 0

    package init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens a VCALENDAR published by salesops: version, product, Gregorian scale, and the name
    /// calendar apps show for it.
    package mutating func beginCalendar(product: String, name: String) {
        property("BEGIN", "VCALENDAR")
        property("VERSION", "2.0")
        property("PRODID", "-//salesops//\(product)//EN")
        property("CALSCALE", "GREGORIAN")
        property("METHOD", "PUBLISH")
        textProperty("X-WR-CALNAME", name)
    }

    /// A property whose value is already valid as written (dates, enumerated values, UIDs).
    package mutating func property(_ name: String, _ value: String) {
        raw(name)
        put(UInt8(ascii: ":"))
        raw(value)
        endLine()
    }

    /// A TEXT property.
    package mutating func textProperty(_ name: String, _ value: String) {
        raw(name)
        put(UInt8(ascii: ":"))
        text(value)
        endLine()
    }

    /// Writes name, parameters or a value that needs no escaping.
    package mutating func raw(_ value: String) {
        if fitsWhole(value) { return }
        for byte in value.utf8 { put(byte) }
    }

    /// Writes a TEXT value: `\`, `;`, `,` and line breaks escaped; other control
    /// characters, which RFC 5545 forbids in TEXT, dropped.
    package mutating func text(_ value: String) {
        if !value.utf8.contains(where: { $0 < 32 || $0 == 127 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }),
           fitsWhole(value) {
            return
        }
        var previous: UInt8 = 0
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                put(UInt8(ascii: "\\"))
                put(byte)
            case 13:
                put(UInt8(ascii: "\\"))
                put(UInt8(ascii: "n"))
            case 10:
                // CRLF is one line break, already written at the CR.
                if previous != 13 {
                    put(UInt8(ascii: "\\"))
                    put(UInt8(ascii: "n"))
                }
            case 9:
                put(byte)
            case 0..<32, 127:
                break
            default:
                put(byte)
            }
            previous = byte
        }
    }

    /// The common case: text that needs no escaping and fits on the current line is
    /// copied in one go. False (nothing written) when it would need a fold.
    private mutating func fitsWhole(_ value: String) -> Bool {
        let count = value.utf8.count
        guard column + count <= 75 else { return false }
        bytes.append(contentsOf: value.utf8)
        column += count
        return true
    }

    package mutating func endLine() {
        bytes.append(13)
        bytes.append(10)
        column = 0
    }

    /// Appends one octet of valid UTF-8, folding first when the character it starts would
    /// not fit in 75 octets, so a fold never falls inside a character.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        if byte & 0xC0 != 0x80 {
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            if column + length > 75 {
                bytes.append(13)
                bytes.append(10)
                bytes.append(UInt8(ascii: " "))
                column = 1
            }
        }
        bytes.append(byte)
        column += 1
    }
}
