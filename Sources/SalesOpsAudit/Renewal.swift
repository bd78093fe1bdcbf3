import SalesOpsBasics
import SalesOpsCatalog

/// Where a subscription's contract stands on a day: the term that is running, when it renews
/// and the last day to give notice.
package struct Renewal: Sendable, Hashable, Encodable {
    package enum State: String, Sendable, Hashable, Encodable {
        /// Notice can still be given for the running term.
        case noticeOpen = "notice-open"
        /// The notice deadline has passed: the contract renews for another term.
        case noticePassed = "notice-passed"
        /// The term ends without renewing (`autoRenew: false`).
        case ending
        /// The term ended and did not renew.
        case ended
    }

    package var subscription: String
    package var tool: String
    /// The running term (rolled forward by whole terms when an auto-renewing term has passed).
    package var termStart: CalendarDate
    package var termEnd: CalendarDate
    /// The first day of the next term; nil when the contract does not renew.
    package var renewsOn: CalendarDate?
    /// The last day to give notice: `noticeDays` calendar days before the term's last day.
    package var noticeBy: CalendarDate
    /// Days from today to `noticeBy` (negative once passed).
    package var daysToNotice: Int
    package var state: State

    /// The renewal of `subscription` as of `today`. A term that renews repeats its length from
    /// the day after it ends: whole months when the term is whole months (a term from
    /// 29 February to 28 February is twelve), else its length in days.
    package static func of(_ subscription: Subscription, today: CalendarDate) -> Renewal {
        let term = subscription.spec.term
        var start = term.start
        var end = term.end
        if term.autoRenew, end < today {
            let months = termMonths(term)
            let days = term.start.days(until: term.end)
            while end < today {
                start = end.adding(days: 1)
                end = months.map { DatePeriod(count: $0, unit: .months).added(to: start).adding(days: -1) } ?? start.adding(days: days)
            }
        }
        let noticeBy = end.adding(days: -(term.noticeDays ?? 0))
        let state: State
        if !term.autoRenew {
            state = end < today ? .ended : .ending
        } else {
            state = today <= noticeBy ? .noticeOpen : .noticePassed
        }
        return Renewal(subscription: subscription.name, tool: subscription.spec.tool, termStart: start, termEnd: end,
                       renewsOn: term.autoRenew ? end.adding(days: 1) : nil, noticeBy: noticeBy,
                       daysToNotice: today.days(until: noticeBy), state: state)
    }

    /// How many whole months the term is: `start` plus that many months is the day after it
    /// ends, or its last day when the start's day of month does not exist there (29 February).
    static func termMonths(_ term: SubscriptionTerm) -> Int? {
        let next = term.end.adding(days: 1)
        let months = (next.year - term.start.year) * 12 + (next.month - term.start.month)
        for count in [months, months - 1] where count > 0 {
            let landed = DatePeriod(count: count, unit: .months).added(to: term.start)
            if landed == next || (landed == term.end && landed.day < term.start.day) { return count }
        }
        return nil
    }
}
