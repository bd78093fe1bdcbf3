
/// Dates as the renderings print them, built in place: a batch run renders hundreds of
/// thousands of items.
package enum DateText {
    /// `YYYY-MM-DD` (years 0–9999), built in place without allocating.
    package static func iso(_ date: CalendarDate) -> String {
        digits(date, separator: UInt8(ascii: "-"))
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    package static func compact(_ date: CalendarDate) -> String {
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
