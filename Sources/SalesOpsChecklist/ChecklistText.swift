import SalesOpsBasics

/// Dates as the renderings print them, built in place: a batch run renders hundreds of
/// thousands of items.
enum ChecklistText {
    /// `YYYY-MM-DD` (years 0–9999), built in place without allocating.
    static func iso(_ date: CalendarDate) -> String {
        digits(date, separator: UInt8(ascii: "-"))
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    static func compact(_ date: CalendarDate) -> String {
        digits(date, separator: nil)
    }

    private static func digits(_ date: CalendarDate, separator: UInt8?) -> String {
        let (year, month, day) = date.components
        let length = separator == nil ? 8 : 10
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            func put(_ value: Int, width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    buffer[index] = UInt8(truncatingIfNeeded: 48 + value / divisor % 10)
                    index += 1
                    divisor /= 10
                }
            }
            put(year, width: 4)
            if let separator { buffer[index] = separator; index += 1 }
            put(month, width: 2)
            if let separator { buffer[index] = separator; index += 1 }
            put(day, width: 2)
            return index
        }
    }
}

extension ChecklistText {
    /// The flag on an item due after the calendar's holiday list ends.
    static let pastHolidayListFlag = "past the calendar's holiday list"

    /// The note under a checklist's heading when some items are past the holiday list.
    static func holidayListNote(_ end: CalendarDate) -> String {
        "The calendar lists holidays only through \(iso(end)): a date after it may fall on a holiday nobody listed."
    }
}
