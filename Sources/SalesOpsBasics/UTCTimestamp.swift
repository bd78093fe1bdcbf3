
/// An instant in UTC to whole seconds: what iCalendar's DTSTAMP records. Passed in by the
/// caller (the clock lives at the edges), so renderings stay reproducible.
package struct UTCTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    package var secondsSince1970: Int64

    package init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// The instant at `hour:minute:second` UTC on `date`.
    package init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        secondsSince1970 = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The UTC date of this instant.
    package var date: CalendarDate {
        let (days, seconds) = secondsSince1970.quotientAndRemainder(dividingBy: 86_400)
        return CalendarDate(daysSinceEpoch: Int(seconds < 0 ? days - 1 : days))
    }

    /// `YYYYMMDDTHHMMSSZ`, the iCalendar UTC DATE-TIME form.
    package var iCalendarText: String {
        let seconds = Int(secondsSince1970 - Int64(date.daysSinceEpoch) * 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(DateText.compact(date))T\(two(seconds / 3600))\(two(seconds / 60 % 60))\(two(seconds % 60))Z"
    }

    package var description: String { iCalendarText }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the XML Schema dateTime form credentials use.
    package var isoText: String {
        let seconds = Int(secondsSince1970 - Int64(date.daysSinceEpoch) * 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(date)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    /// Reads an XML Schema dateTime with a zone: `2026-03-20T00:00:00Z`, with optional
    /// fractional seconds (dropped) and `Z` or an offset `+HH:MM`; nil for anything else.
    package init?(iso text: String) {
        let characters = Array(text.utf8)
        guard characters.count >= 20, characters[10] == UInt8(ascii: "T") || characters[10] == UInt8(ascii: "t"),
              let date = CalendarDate(iso: text.prefix(10)) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            var value = 0
            for byte in characters[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard characters[13] == UInt8(ascii: ":"), characters[16] == UInt8(ascii: ":"),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        if characters[index] == UInt8(ascii: ".") {
            index += 1
            while index < characters.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(characters[index]) { index += 1 }
        }
        var offset = 0
        guard index < characters.count else { return nil }
        switch characters[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == characters.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == characters.count, characters[index + 3] == UInt8(ascii: ":"),
                  let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6) else { return nil }
            offset = (hours * 60 + minutes) * 60 * (characters[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return nil
        }
        self.init(date: date, hour: hour, minute: minute, second: second)
        secondsSince1970 -= Int64(offset)
    }

    package static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}
