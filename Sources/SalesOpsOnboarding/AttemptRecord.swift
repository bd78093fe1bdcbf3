import SalesOpsBasics

/// One certification attempt as recorded: its number in its cycle and the verifier's decision.
public struct AttemptRecord: Sendable, Hashable, Codable {
    /// 1 for the first attempt since the step was last passed (or ever), 2 for the next, …
    public var number: Int
    public var date: CalendarDate
    public var passed: Bool
    public var reason: String

    public init(number: Int, date: CalendarDate, passed: Bool, reason: String) {
        self.number = number
        self.date = date
        self.passed = passed
        self.reason = reason
    }
}
