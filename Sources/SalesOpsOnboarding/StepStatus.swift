/// Where a step stands on a given day, derived from events.
///
/// - `pending`: not started, nothing in the way, not yet due.
/// - `inProgress`: a certification attempt was made but not passed yet.
/// - `blocked`: a step it depends on is not done.
/// - `overdue`: not done and its due date has passed (wins over blocked and in progress).
/// - `completed`, `waived`: done.
/// - `certified`: passed, and the renewal window is not open (or it never expires).
/// - `expiring`: passed, and the renewal window is open: renew before it expires.
/// - `expired`: passed once, but the period has ended without a renewal.
/// - `withdrawn`: not done, and the enrolment was withdrawn: no longer expected.
package enum StepStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case pending
    case inProgress = "in-progress"
    case blocked
    case overdue
    case completed
    case waived
    case certified
    case expiring
    case expired
    case withdrawn

    /// Done for dependencies and progress: completed, waived, or passed at least once.
    package var isDone: Bool {
        switch self {
        case .completed, .waived, .certified, .expiring, .expired: return true
        case .pending, .inProgress, .blocked, .overdue, .withdrawn: return false
        }
    }

    /// Words for tables: "in progress".
    package var label: String { self == .inProgress ? "in progress" : rawValue }
}
