/// Which enrolments an anonymised report may show, and under which manager and track.
///
/// An enrolment is shown in a group only when at least `minimumGroupSize` people (k) share
/// the group. Groups are tried from the most to the least precise: (manager, track), then
/// (manager, any track), (any manager, track), and (any manager, any track), a coarser label
/// reading `(other)`; enrolments still in a group of fewer than k people are withheld. So a
/// manager's name appears only above k people, and a small team is merged or left out.
package struct AnonymousGroups: Sendable {
    /// The label of a manager or track merged away.
    package static let other = "(other)"
    /// The manager label of people without one (as in rollups).
    package static let noManager = "(none)"
    /// The k used when none is given.
    package static let defaultMinimumGroupSize = 5

    /// The labels an enrolment is shown under.
    package struct Placement: Sendable, Hashable {
        package var manager: String
        package var track: String
    }

    package let minimumGroupSize: Int
    /// For each input state, in input order: where it is shown, or nil when withheld.
    package let placements: [Placement?]

    /// Enrolments withheld because no group of theirs reaches k people.
    package var withheld: Int { placements.count { $0 == nil } }

    /// Places `states` in groups of at least `minimumGroupSize` distinct people. With
    /// `keepingTrack` (a report whose rows name steps, which give the track away) the track
    /// is never merged: an enrolment whose track has fewer than k people is withheld.
    package init(_ states: [EnrolmentState], minimumGroupSize: Int, keepingTrack: Bool = false) {
        self.minimumGroupSize = minimumGroupSize
        var placements = [Placement?](repeating: nil, count: states.count)
        var open = Array(states.indices)
        let levels: [(manager: Bool, track: Bool)] = keepingTrack
            ? [(true, true), (false, true)]
            : [(true, true), (true, false), (false, true), (false, false)]
        for level in levels where !open.isEmpty {
            var classes: [Placement: [Int]] = [:]
            for index in open {
                let state = states[index]
                let placement = Placement(manager: level.manager ? state.person.manager ?? Self.noManager : Self.other,
                                          track: level.track ? state.enrolment.track : Self.other)
                classes[placement, default: []].append(index)
            }
            var rest: [Int] = []
            for (placement, members) in classes {
                if Set(members.map { states[$0].person.id }).count >= minimumGroupSize {
                    for index in members { placements[index] = placement }
                } else {
                    rest += members
                }
            }
            open = rest.sorted()
        }
        self.placements = placements
    }
}
