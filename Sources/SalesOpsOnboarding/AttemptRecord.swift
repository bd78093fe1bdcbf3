import SalesOpsBasics

/// One certification attempt as recorded: its number in its cycle and the verifier's decision.
package struct AttemptRecord: Sendable, Hashable, Codable {
    /// 1 for the first attempt since the step was last passed (or ever), 2 for the next, …
    package var number: Int
    package var date: CalendarDate
    package var passed: Bool
    /// True while the verifier waits for an outside review; absent once decided (kept out of
    /// the JSON then, so decided attempts read as before).
    package var pending: Bool?
    package var reason: String

    package init(number: Int, date: CalendarDate, passed: Bool, pending: Bool = false, reason: String) {
        self.number = number
        self.date = date
        self.passed = passed
        self.pending = pending ? true : nil
        self.reason = reason
    }

    package var isPending: Bool { pending == true }
}
