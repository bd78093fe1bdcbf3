import SalesOpsBasics

/// How far a step's due date lies from the date it counts from: 0 or more units, as the
/// catalog allows (the scheduler refuses a negative amount).
package enum DueOffset: Sendable, Hashable, CustomStringConvertible {
    /// Business days under the calendar, as numpy's `busday_offset(from, n, roll='forward')`.
    case businessDays(Int)
    /// Calendar days, then rolled forward to a business day.
    case days(Int)
    /// Seven calendar days each, then rolled forward to a business day.
    case weeks(Int)

    /// The largest amount the scheduler accepts: far beyond any real track (100,000
    /// business days is about 380 years) and far below where day arithmetic could overflow.
    package static let limit = 100_000

    /// The number of units.
    package var amount: Int {
        switch self {
        case .businessDays(let n), .days(let n), .weeks(let n): return n
        }
    }

    /// The date this offset lands on when counted from `base` under `calendar`.
    package func apply(to base: CalendarDate, in calendar: BusinessCalendar) -> CalendarDate {
        switch self {
        case .businessDays(let n): return calendar.offset(base, businessDays: n)
        case .days(let n): return calendar.rollForward(base.adding(days: n))
        case .weeks(let n): return calendar.rollForward(base.adding(days: 7 * n))
        }
    }

    /// As written in a track file: `businessDays: 3`, `days: 10`, `weeks: 2`.
    package var description: String {
        switch self {
        case .businessDays(let n): return "businessDays: \(n)"
        case .days(let n): return "days: \(n)"
        case .weeks(let n): return "weeks: \(n)"
        }
    }
}
