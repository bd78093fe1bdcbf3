import SalesOpsBasics

/// An ISO 8601 timestamp as xAPI writes them (`2026-03-16T14:05:00.000Z`, `…+01:00`): its
/// instant, for ordering, and the calendar date as written, which is the day it happened
/// where it happened.
package struct XAPITimestamp: Sendable, Hashable {
    package var date: CalendarDate
    /// Seconds since 1970-01-01T00:00:00Z; a timestamp without an offset counts as UTC.
    package var instant: Double

    /// Nil when `text` is not `YYYY-MM-DDThh:mm[:ss[.fff]]` with an optional `Z` or `±hh[:mm]`.
    package init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<from + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count >= 16, let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let hour = number(11, 2), bytes[13] == UInt8(ascii: ":"), let minute = number(14, 2), hour < 24, minute < 60
        else { return nil }
        var index = 16
        var seconds = Double(hour * 3600 + minute * 60)
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let second = number(index + 1, 2), second <= 60 else { return nil }
            seconds += Double(second)
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                var digits = 0
                var fraction = 0.0
                var scale = 0.1
                index += 1
                while let digit = number(index, 1) {
                    fraction += Double(digit) * scale
                    scale /= 10
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
                seconds += fraction
            }
        }
        var offset = 0
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign = bytes[index] == UInt8(ascii: "+") ? 1 : -1
                guard let hours = number(index + 1, 2), hours < 24 else { return nil }
                index += 3
                var minutes = 0
                if index < bytes.count {
                    if bytes[index] == UInt8(ascii: ":") { index += 1 }
                    guard let value = number(index, 2), value < 60 else { return nil }
                    minutes = value
                    index += 2
                }
                offset = sign * (hours * 3600 + minutes * 60)
            default:
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        self.date = date
        instant = Double(date.daysSinceEpoch) * 86_400 + seconds - Double(offset)
    }
}
