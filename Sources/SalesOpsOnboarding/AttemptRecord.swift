import SalesOpsBasics

/// One certification attempt as recorded: its number in its cycle and the verifier's decision.
package struct AttemptRecord: Sendable, Hashable, Codable {
    /// 1 for the first attempt since the step was last passed (or ever), 2 for the next, …
    package var number: Int
    package var date: CalendarDate
    package var passed: Bool
    package var reason: String
}
