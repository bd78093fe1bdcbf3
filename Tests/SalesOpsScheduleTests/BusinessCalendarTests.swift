import SalesOpsBasics
import Testing

@Suite struct BusinessCalendarTests {
    func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func allFalseWeekmaskIsAnError() {
        #expect(throws: BusinessCalendarError.noWorkingDays(calendar: "closed")) {
            try BusinessCalendar(name: "closed", weekmask: [Bool](repeating: false, count: 7))
        }
        #expect(throws: BusinessCalendarError.noWorkingDays(calendar: "closed")) {
            try BusinessCalendar(name: "closed", weekmask: "0000000")
        }
        #expect(throws: BusinessCalendarError.weekmaskLength(calendar: "short", found: 5)) {
            try BusinessCalendar(name: "short", weekmask: [true, true, true, true, true])
        }
        #expect(throws: BusinessCalendarError.unreadableWeekmask(calendar: "x", text: "Mon Tues")) {
            try BusinessCalendar(name: "x", weekmask: "Mon Tues")
        }
        let message = BusinessCalendarError.noWorkingDays(calendar: "closed").description
        #expect(message.contains("closed") && message.contains("1111100"))
    }

    @Test func weekmaskTextForms() throws {
        let sundayToThursday: [Bool] = [true, true, true, true, false, false, true]
        #expect(try BusinessCalendar.parseWeekmask("1111001") == sundayToThursday)
        #expect(try BusinessCalendar.parseWeekmask("Sun Mon Tue Wed Thu") == sundayToThursday)
        #expect(try BusinessCalendar.parseWeekmask("SunMonTueWedThu") == sundayToThursday)
        #expect(try BusinessCalendar.parseWeekmask("1111100") == BusinessCalendar.mondayToFriday)
    }

    @Test func largeOffsetsJumpWeeksAndStayExact() throws {
        // Far beyond the reference range: compare against a day-by-day walk.
        let holidays = (0..<400).map { date("2026-01-01").adding(days: $0 * 11) }
        for mask in ["1111100", "1111001", "1111110", "0010000", "1111111"] {
            let calendar = try BusinessCalendar(weekmask: mask, holidays: holidays)
            let start = date("2026-03-07")
            for n in [-5000, -731, -1, 0, 1, 732, 5000] {
                var day = calendar.rollForward(start)
                var left = abs(n)
                while left > 0 {
                    day = day.adding(days: n > 0 ? 1 : -1)
                    if calendar.isBusinessDay(day) { left -= 1 }
                }
                #expect(calendar.offset(start, businessDays: n) == day, "weekmask \(mask), n \(n)")
                let rolled = calendar.rollForward(start)
                #expect(calendar.count(from: min(rolled, day), to: max(rolled, day)) == abs(n))
            }
        }
    }

    @Test func holidaysOnDaysOffChangeNothing() throws {
        // 2026-07-04 is a Saturday.
        let plain = BusinessCalendar.standard
        let withSaturday = try BusinessCalendar(holidays: [date("2026-07-04")])
        #expect(withSaturday.count(from: date("2026-06-01"), to: date("2026-08-01")) == plain.count(from: date("2026-06-01"), to: date("2026-08-01")))
        #expect(withSaturday.holidays == [date("2026-07-04")])
    }
}

/// Dates are read from 1900-01-01 to 9999-12-31, with a message that says which limit was crossed.
@Suite struct CalendarDateRangeTests {
    @Test(arguments: ["1900-01-01", "2026-03-02", "9999-12-31"]) func datesInsideAreRead(_ text: String) {
        #expect(CalendarDate(iso: text)?.description == text)
        #expect(CalendarDate.problem(reading: text) == nil)
    }

    @Test(arguments: ["1899-12-31", "0000-01-01", "10000-01-01", "99999999999999999999-01-01"]) func datesOutsideAreRefused(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
        #expect(CalendarDate.problem(reading: text) == "\(text) is outside the dates salesops handles, 1900-01-01 to 9999-12-31")
    }

    @Test func malformedDatesSayTheFormat() {
        #expect(CalendarDate.problem(reading: "2026-02-30") == "expected a date as YYYY-MM-DD, found \"2026-02-30\"")
        #expect(CalendarDate.problem(reading: "2026-3-2") == "expected a date as YYYY-MM-DD, found \"2026-3-2\"")
    }
}
