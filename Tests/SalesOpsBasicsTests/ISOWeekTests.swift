import Foundation
import SalesOpsBasics
import Testing

@Suite struct ISOWeekTests {
    /// Reference values from Python's `date.isocalendar()`, New Year edges included.
    @Test(arguments: [
        ("2026-01-01", "2026-W01"), ("2024-12-30", "2025-W01"), ("2027-01-01", "2026-W53"), ("2021-01-03", "2020-W53"),
        ("2026-03-02", "2026-W10"), ("2026-12-28", "2026-W53"), ("2020-12-31", "2020-W53"), ("2027-03-20", "2027-W11"),
    ])
    func weekOfDate(date: String, week: String) throws {
        #expect(ISOWeek(try #require(CalendarDate(iso: date))).description == week)
    }

    @Test func codesAsText() throws {
        let week = ISOWeek(try #require(CalendarDate(iso: "2026-03-02")))
        let data = try JSONEncoder().encode([week])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-W10"]"#)
        #expect(try JSONDecoder().decode([ISOWeek].self, from: data) == [week])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ISOWeek].self, from: Data(#"["2026-W54"]"#.utf8)) }
    }
}
