/// Every problem found in a set of steps, reported together so a track author can fix them
/// in one pass rather than one error per run.
package struct ScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// In the order found; never empty.
    package var issues: [ScheduleIssue]

    package var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
