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
    public var paused: Int
    public var withdrawn: Int
    /// Certifications passed at least once.
    public var certifications: Int
    /// Median calendar days from the effective start to a certification's first pass; nil without any.
    public var medianDaysToCertify: Double?
    /// Share of enrolments with at least one overdue step, 0…1.
    public var overdueRate: Double

    /// One rollup per group, sorted by group.
    public static func group(_ states: [EnrolmentState], by dimension: Dimension) -> [Rollup] {
        // Indices, not copies: a state holds every step, and copying 100,000 of them costs more than counting.
        var groups: [String: [Int]] = [:]
        for (index, state) in states.enumerated() {
            let key: String
            switch dimension {
            case .manager: key = state.person.manager ?? "(none)"
            case .track: key = state.enrolment.track
            case .cohort: key = String(state.start.description.prefix(7))
            }
            groups[key, default: []].append(index)
        }
        return groups.keys.sorted().map { Rollup(group: $0, states: groups[$0]!.lazy.map { states[$0] }) }
    }

    /// The rollup of `states` under one label.
    public init(group: String, states: some Collection<EnrolmentState>) {
        self.group = group
        var counts: [EnrolmentHealth: Int] = [:]
        var days: [Int] = []
        var withOverdue = 0
        for state in states {
            counts[state.health, default: 0] += 1
            days += state.daysToCertify
            if state.hasOverdueStep { withOverdue += 1 }
        }
        days.sort()
        enrolments = states.count
        onTrack = counts[.onTrack] ?? 0
        atRisk = counts[.atRisk] ?? 0
        late = counts[.late] ?? 0
        completed = counts[.completed] ?? 0
        paused = counts[.paused] ?? 0
        withdrawn = counts[.withdrawn] ?? 0
        certifications = days.count
        if days.isEmpty {
            medianDaysToCertify = nil
        } else if days.count % 2 == 1 {
            medianDaysToCertify = Double(days[days.count / 2])
        } else {
            medianDaysToCertify = Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2
        }
        overdueRate = states.isEmpty ? 0 : Double(withOverdue) / Double(states.count)
    }
}
