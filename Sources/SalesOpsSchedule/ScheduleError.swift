/// Every problem found in a set of steps, reported together so a track author can fix them
/// in one pass rather than one error per run.
public struct ScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// In the order found; never empty.
    public var issues: [ScheduleIssue]

    public init(issues: [ScheduleIssue]) {
        self.issues = issues
    }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
