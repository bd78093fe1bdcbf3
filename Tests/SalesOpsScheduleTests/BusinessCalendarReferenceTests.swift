import Foundation
import SalesOpsBasics
import Testing

/// Exact agreement with numpy on the cases `scripts/generate-busday-reference.py` wrote.
@Suite struct BusinessCalendarReferenceTests {
    struct Reference: Decodable {
        struct CalendarSpec: Decodable {
            var weekmask: String
            var holidays: [CalendarDate]
        }
        struct OffsetCase: Decodable {
            var calendar: String
            var date: CalendarDate
            var n: Int
            var expected: CalendarDate
        }
        struct CountCase: Decodable {
            var calendar: String
            var from: CalendarDate
            var to: CalendarDate
            var expected: Int
        }
        var numpy: String
        var calendars: [String: CalendarSpec]
        var offsets: [OffsetCase]
        var counts: [CountCase]
    }

    static func load() throws -> (Reference, [String: BusinessCalendar]) {
        let url = try #require(Bundle.module.url(forResource: "busday-reference", withExtension: "json", subdirectory: "Fixtures"))
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        var calendars: [String: BusinessCalendar] = [:]
        for (name, spec) in reference.calendars {
            calendars[name] = try BusinessCalendar(name: name, weekmask: spec.weekmask, holidays: spec.holidays)
        }
        return (reference, calendars)
    }

    @Test func offsetsMatchNumpy() throws {
        let (reference, calendars) = try Self.load()
        #expect(reference.offsets.count > 3000)
        #expect(Set(reference.offsets.map(\.calendar)).count == 9)
        var mismatches: [String] = []
        for test in reference.offsets {
            let calendar = try #require(calendars[test.calendar])
            let actual = calendar.offset(test.date, businessDays: test.n)
            if actual != test.expected {
                mismatches.append("\(test.calendar) \(test.date) \(test.n): expected \(test.expected), got \(actual)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    @Test func countsMatchNumpy() throws {
        let (reference, calendars) = try Self.load()
        #expect(reference.counts.count > 1000)
        var mismatches: [String] = []
        for test in reference.counts {
            let calendar = try #require(calendars[test.calendar])
            let actual = calendar.count(from: test.from, to: test.to)
            if actual != test.expected {
                mismatches.append("\(test.calendar) \(test.from)..\(test.to): expected \(test.expected), got \(actual)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    /// The zero-offset cases are numpy's roll='forward' on its own: they pin `rollForward`
    /// and `isBusinessDay` to the same answer key.
    @Test func rollForwardMatchesZeroOffsets() throws {
        let (reference, calendars) = try Self.load()
        let zeros = reference.offsets.filter { $0.n == 0 }
        #expect(!zeros.isEmpty)
        for test in zeros {
            let calendar = try #require(calendars[test.calendar])
            #expect(calendar.rollForward(test.date) == test.expected)
            #expect(calendar.isBusinessDay(test.date) == (test.date == test.expected))
        }
    }
}
