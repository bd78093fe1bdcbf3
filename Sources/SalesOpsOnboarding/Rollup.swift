/// Counts for a group of enrolments: by manager, by track or by start-month cohort.
package struct Rollup: Sendable, Hashable, Codable {
    /// What the enrolments are grouped by.
    package enum Dimension: String, Sendable, Hashable, CaseIterable, Codable {
        case manager, track, cohort
    }

    /// The manager, the track name or the cohort (`2026-03`); `(none)` for no manager.
    package var group: String
    package var enrolments: Int
    package var onTrack: Int
    package var atRisk: Int
    package var late: Int
    package var completed: Int
    package var paused: Int
    package var withdrawn: Int
    /// Certifications passed at least once.
    package var certifications: Int
    /// Median calendar days from the effective start to a certification's first pass; nil without any.
    package var medianDaysToCertify: Double?
    /// Share of enrolments with at least one overdue step, 0…1.
    package var overdueRate: Double

    /// One rollup per group, sorted by group.
    package static func group(_ states: [EnrolmentState], by dimension: Dimension) -> [Rollup] {
        // Indices, not copies: a state holds every step, and copying 100,000 of them costs more than counting.
        var groups: [String: [Int]] = [:]
        for (index, state) in states.enumerated() {
            groups[key(of: state, by: dimension), default: []].append(index)
        }
        return groups.keys.sorted().map { Rollup(group: $0, states: groups[$0]!.lazy.map { states[$0] }) }
    }

    /// Rollups for an anonymised report: a group of fewer than `minimumGroupSize` distinct
    /// people is merged into `(other)`, and `(other)` itself is withheld when it is that small
    /// too. Returns the rollups (sorted by group, `(other)` last) and how many enrolments were withheld.
    package static func groupAnonymously(_ states: [EnrolmentState], by dimension: Dimension, minimumGroupSize: Int)
        -> (rollups: [Rollup], withheld: Int) {
        var kept: [Rollup] = []
        var merged: [EnrolmentState] = []
        for rollup in group(states, by: dimension) {
            let members = states.filter { key(of: $0, by: dimension) == rollup.group }
            if Set(members.map(\.person.id)).count >= minimumGroupSize {
                kept.append(rollup)
            } else {
                merged += members
            }
        }
        guard !merged.isEmpty else { return (kept, 0) }
        guard Set(merged.map(\.person.id)).count >= minimumGroupSize else { return (kept, merged.count) }
        return (kept + [Rollup(group: AnonymousGroups.other, states: merged)], 0)
    }

    static func key(of state: EnrolmentState, by dimension: Dimension) -> String {
        switch dimension {
        case .manager: return state.person.manager ?? AnonymousGroups.noManager
        case .track: return state.enrolment.track
        case .cohort: return String(state.start.description.prefix(7))
        }
    }

    /// The rollup of `states` under one label.
    package init(group: String, states: some Collection<EnrolmentState>) {
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
