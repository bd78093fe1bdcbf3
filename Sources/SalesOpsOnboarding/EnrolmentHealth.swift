/// How an enrolment is doing on a given day.
///
/// - `late`: a step is overdue, or a certification has expired.
/// - `atRisk`: forecast to finish after the due date (`RampForecaster`, applied by
///   `EnrolmentState.applying(_:)`), or a certification is in its renewal window.
/// - `completed`: every step is done and no certification is expiring or expired.
/// - `onTrack`: none of the above.
/// - `withdrawn`: the person left the track; never late or at risk.
/// - `paused`: on leave; due dates move by the business days paused.
package enum EnrolmentHealth: String, Sendable, Hashable, CaseIterable, Codable {
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case late
    case completed
    case withdrawn
    case paused

    /// How many business days ahead a step not started is flagged as due soon.
    package static let riskHorizon = 3

    package var label: String {
        switch self {
        case .onTrack: return "on track"
        case .atRisk: return "at risk"
        case .late: return "late"
        case .completed: return "completed"
        case .withdrawn: return "withdrawn"
        case .paused: return "paused"
        }
    }
}
