/// Counts for a group of enrolments: by manager, by track or by start-month cohort.
public struct Rollup: Sendable, Hashable, Codable {
    /// What the enrolments are grouped by.
    public enum Dimension: String, Sendable, Hashable, CaseIterable, Codable {
        case manager, track, cohort
    }

    /// The manager, the track name or the cohort (`2026-03`); `(none)` for no manager.
    public var group: String
    public var enrolments: Int
    public var onTrack: Int
    public var atRisk: Int
    public var late: Int
    public var completed: Int
    /// Certifications passed at least once.
    public var certifications: Int
    /// Median calendar days from the effective start to a certification's first pass; nil without any.
    public var medianDaysToCertify: Double?
    /// Share of enrolments with at least one overdue step, 0…1.
    public var overdueRate: Double

    /// One rollup per group, sorted by group.
    public static func group(_ states: [EnrolmentState], by dimension: Dimension) -> [Rollup] {
        var groups: [String: [EnrolmentState]] = [:]
        for state in states {
            let key: String
            switch dimension {
            case .manager: key = state.person.manager ?? "(none)"
            case .track: key = state.enrolment.track
            case .cohort: key = String(state.start.description.prefix(7))
            }
            groups[key, default: []].append(state)
        }
        return groups.keys.sorted().map { Rollup(group: $0, states: groups[$0]!) }
    }

    /// The rollup of `states` under one label.
    public init(group: String, states: [EnrolmentState]) {
        self.group = group
        enrolments = states.count
        onTrack = states.count { $0.health == .onTrack }
        atRisk = states.count { $0.health == .atRisk }
        late = states.count { $0.health == .late }
        completed = states.count { $0.health == .completed }
        let days = states.flatMap(\.daysToCertify).sorted()
        certifications = days.count
        if days.isEmpty {
            medianDaysToCertify = nil
        } else if days.count % 2 == 1 {
            medianDaysToCertify = Double(days[days.count / 2])
        } else {
            medianDaysToCertify = Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2
        }
        let withOverdue = states.count { state in state.steps.contains { $0.status == .overdue } }
        overdueRate = states.isEmpty ? 0 : Double(withOverdue) / Double(states.count)
    }
}
