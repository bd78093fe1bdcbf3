/// Which dates are working days: a weekmask (Monday … Sunday) and a set of holidays.
///
/// Offsets and counts follow numpy exactly, so a date computed here matches
/// `np.busday_offset(date, n, roll='forward', weekmask=…, holidays=…)` and
/// `np.busday_count(begin, end, weekmask=…, holidays=…)` for the same inputs
/// (checked against generated reference cases in the tests).
///
/// Work is O(log holidays) per call plus a few steps per holiday inside the range,
/// never O(n) in the number of business days: whole weeks are jumped at once.
package struct BusinessCalendar: Sendable, Hashable, CustomStringConvertible {
    /// A label for messages and reports (`us-federal`, `berlin-office`).
    package let name: String
    /// Seven flags, Monday first: `true` where the weekday is a working day.
    package let weekmask: [Bool]
    /// The holidays as given, including any that fall on non-working weekdays.
    package let holidays: Set<CalendarDate>

    /// Bit i set when weekday i (0 = Monday) is a working day.
    private let workingBits: UInt8
    private let workingDaysPerWeek: Int
    /// Holidays that fall on working weekdays, as sorted unique day numbers; the others
    /// change nothing (numpy drops them the same way), so counting stays a subtraction.
    private let holidayDays: [Int]

    /// Monday to Friday.
    package static let mondayToFriday: [Bool] = [true, true, true, true, true, false, false]

    /// Monday to Friday with no holidays: the calendar to use when a track names none.
    package static let standard = BusinessCalendar(validatedName: "standard", weekmask: mondayToFriday, holidays: [])

    /// A calendar from a weekmask (seven flags, Monday first) and holidays.
    ///
    /// Throws when the weekmask does not have seven entries or marks no working day
    /// (numpy refuses such a weekmask too: no date could ever be due).
    package init(
        name: String = "standard",
        weekmask: [Bool] = BusinessCalendar.mondayToFriday,
        holidays: [CalendarDate] = []
    ) throws(BusinessCalendarError) {
        guard weekmask.count == 7 else {
            throw .weekmaskLength(calendar: name, found: weekmask.count)
        }
        guard weekmask.contains(true) else {
            throw .noWorkingDays(calendar: name)
        }
        self.init(validatedName: name, weekmask: weekmask, holidays: holidays)
    }

    /// A calendar from a weekmask written as numpy accepts it: seven digits Monday first
    /// (`"1111100"`) or day abbreviations (`"Mon Tue Wed Thu Fri"`, `"SunMonTueWedThu"`).
    package init(name: String = "standard", weekmask text: String, holidays: [CalendarDate] = []) throws(BusinessCalendarError) {
        try self.init(name: name, weekmask: BusinessCalendar.parseWeekmask(text, calendar: name), holidays: holidays)
    }

    private init(validatedName name: String, weekmask: [Bool], holidays: [CalendarDate]) {
        self.name = name
        self.weekmask = weekmask
        self.holidays = Set(holidays)
        var bits: UInt8 = 0
        for (index, working) in weekmask.enumerated() where working {
            bits |= 1 << UInt8(index)
        }
        self.workingBits = bits
        self.workingDaysPerWeek = bits.nonzeroBitCount
        self.holidayDays = Set(holidays.map(\.daysSinceEpoch))
            .filter { bits & (1 << UInt8(BusinessCalendar.weekdayIndex($0))) != 0 }
            .sorted()
    }

    /// Reads `"1111100"` or `"Mon Tue Wed Thu Fri"` (case-insensitive, spaces optional).
    package static func parseWeekmask(_ text: String, calendar: String = "standard") throws(BusinessCalendarError) -> [Bool] {
        let compact = text.filter { !$0.isWhitespace }
        if compact.count == 7, compact.allSatisfy({ $0 == "0" || $0 == "1" }) {
            return compact.map { $0 == "1" }
        }
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        var mask = [Bool](repeating: false, count: 7)
        var rest = Substring(compact.lowercased())
        guard !rest.isEmpty else { throw .unreadableWeekmask(calendar: calendar, text: text) }
        while !rest.isEmpty {
            guard let index = names.firstIndex(of: String(rest.prefix(3))) else {
                throw .unreadableWeekmask(calendar: calendar, text: text)
            }
            mask[index] = true
            rest = rest.dropFirst(3)
        }
        return mask
    }

    /// The last year with a listed holiday; nil when none are listed. Holidays after it are
    /// unknown, so a date computed beyond it may land on one.
    package var lastHolidayYear: Int? {
        holidays.max()?.year
    }

    /// The last day whose holidays are known: 31 December of the last year with a listed
    /// holiday; nil when none are listed (a calendar without holidays means it).
    package var holidayListEnd: CalendarDate? {
        Self.holidayListEnd(of: holidays)
    }

    /// The holiday list's end for `holidays`, by the rule of `holidayListEnd`.
    package static func holidayListEnd(of holidays: some Sequence<CalendarDate>) -> CalendarDate? {
        holidays.max().flatMap { CalendarDate(year: $0.year, month: 12, day: 31) }
    }

    package var description: String {
        let digits = String(weekmask.map { $0 ? "1" : "0" })
        return "\(name) (weekmask \(digits), \(holidays.count) holidays)"
    }

    // MARK: - Queries

    /// True when the date is a working weekday and not a holiday.
    package func isBusinessDay(_ date: CalendarDate) -> Bool {
        isBusinessDay(day: date.daysSinceEpoch)
    }

    /// The date itself when it is a business day, otherwise the next business day.
    package func rollForward(_ date: CalendarDate) -> CalendarDate {
        CalendarDate(daysSinceEpoch: rollForward(day: date.daysSinceEpoch))
    }

    /// The date `n` business days from `date`, as `np.busday_offset(date, n, roll='forward')`:
    /// a date that is not a business day first rolls forward to the next one, then moves
    /// `n` business days (backwards for negative `n`; `n == 0` only rolls).
    package func offset(_ date: CalendarDate, businessDays n: Int) -> CalendarDate {
        var day = rollForward(day: date.daysSinceEpoch)
        var remaining = n
        // Each round moves over working weekdays, then counts the holidays it stepped on
        // and moves that many more; holidays are sparse, so this ends in a few rounds.
        if remaining > 0 {
            while remaining > 0 {
                let target = workingWeekday(after: day, count: remaining)
                remaining = holidayCount(from: day + 1, to: target + 1)
                day = target
            }
        } else {
            while remaining < 0 {
                let target = workingWeekday(before: day, count: -remaining)
                remaining = -holidayCount(from: target, to: day)
                day = target
            }
        }
        return CalendarDate(daysSinceEpoch: day)
    }

    /// Business days in `[begin, end)`, as `np.busday_count(begin, end)`; negative when
    /// `end` is before `begin`, counting `(end, begin]` as numpy 1.25 and later do.
    package func count(from begin: CalendarDate, to end: CalendarDate) -> Int {
        let first = begin.daysSinceEpoch
        let last = end.daysSinceEpoch
        if first <= last {
            return businessDays(from: first, to: last)
        }
        return -businessDays(from: last + 1, to: first + 1)
    }

    // MARK: - Day-number arithmetic

    /// 0 = Monday … 6 = Sunday; 1970-01-01 (day 0) was a Thursday.
    @inline(__always)
    static func weekdayIndex(_ day: Int) -> Int {
        ((day % 7) + 10) % 7
    }

    @inline(__always)
    private func isWorking(weekday: Int) -> Bool {
        workingBits & (1 << UInt8(weekday)) != 0
    }

    private func isBusinessDay(day: Int) -> Bool {
        guard isWorking(weekday: BusinessCalendar.weekdayIndex(day)) else { return false }
        let index = firstHoliday(notBefore: day)
        return index == holidayDays.count || holidayDays[index] != day
    }

    private func rollForward(day start: Int) -> Int {
        var day = start
        var weekday = BusinessCalendar.weekdayIndex(day)
        var next = firstHoliday(notBefore: day)
        while true {
            if isWorking(weekday: weekday) {
                if next == holidayDays.count || holidayDays[next] != day { return day }
                next += 1
            }
            day += 1
            weekday = weekday == 6 ? 0 : weekday + 1
        }
    }

    /// The `count`-th working weekday after `day` (holidays ignored); `count` ≥ 1.
    private func workingWeekday(after day: Int, count: Int) -> Int {
        let weeks = (count - 1) / workingDaysPerWeek
        var result = day + weeks * 7
        var left = count - weeks * workingDaysPerWeek
        var weekday = BusinessCalendar.weekdayIndex(result)
        // At most seven steps: `left` ≤ working days in one week.
        while true {
            result += 1
            weekday = weekday == 6 ? 0 : weekday + 1
            if isWorking(weekday: weekday) {
                left -= 1
                if left == 0 { return result }
            }
        }
    }

    /// The `count`-th working weekday before `day` (holidays ignored); `count` ≥ 1.
    private func workingWeekday(before day: Int, count: Int) -> Int {
        let weeks = (count - 1) / workingDaysPerWeek
        var result = day - weeks * 7
        var left = count - weeks * workingDaysPerWeek
        var weekday = BusinessCalendar.weekdayIndex(result)
        while true {
            result -= 1
            weekday = weekday == 0 ? 6 : weekday - 1
            if isWorking(weekday: weekday) {
                left -= 1
                if left == 0 { return result }
            }
        }
    }

    /// Business days in the day-number range `[first, last)`, `first` ≤ `last`.
    private func businessDays(from first: Int, to last: Int) -> Int {
        let length = last - first
        var total = (length / 7) * workingDaysPerWeek
        var weekday = BusinessCalendar.weekdayIndex(first)
        for _ in 0..<(length % 7) {
            if isWorking(weekday: weekday) { total += 1 }
            weekday = weekday == 6 ? 0 : weekday + 1
        }
        return total - holidayCount(from: first, to: last)
    }

    /// Holidays (on working weekdays) in the day-number range `[first, last)`.
    private func holidayCount(from first: Int, to last: Int) -> Int {
        guard first < last else { return 0 }
        return firstHoliday(notBefore: last) - firstHoliday(notBefore: first)
    }

    /// Index of the first holiday on or after `day` (binary search).
    private func firstHoliday(notBefore day: Int) -> Int {
        var low = 0
        var high = holidayDays.count
        while low < high {
            let middle = (low + high) / 2
            if holidayDays[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
