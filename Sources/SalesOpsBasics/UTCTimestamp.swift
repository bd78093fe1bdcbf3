
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

    package static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}
