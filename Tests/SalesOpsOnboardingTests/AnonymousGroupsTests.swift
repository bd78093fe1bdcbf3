@testable import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// Which enrolments an anonymised report may show, and under which labels (k distinct people).
@Suite struct AnonymousGroupsTests {
    let plan: TrackPlan
    init() throws { plan = try OnboardingFixtures.plan("quick-cert") }

    func states(_ managers: [String?]) -> [EnrolmentState] {
        managers.enumerated().map { index, manager in
            RollupTests.state(plan, "p\(index)", manager: manager, start: "2026-03-02", passOn: nil, today: "2026-03-02")
        }
    }

    @Test func namedOnlyAboveKAndMergedOrWithheldBelow() {
        let states = states(["maya", "maya", "maya", "lee", "lee", nil])
        let three = AnonymousGroups(states, minimumGroupSize: 3)
        let maya = AnonymousGroups.Placement(manager: "maya", track: "quick-cert")
        let other = AnonymousGroups.Placement(manager: AnonymousGroups.other, track: "quick-cert")
        // maya's three show by name; lee's two and the one without a manager merge into (other).
        #expect(three.placements == [maya, maya, maya, other, other, other])
        #expect(three.withheld == 0)
        let four = AnonymousGroups(states, minimumGroupSize: 4)
        // Nobody reaches 4 under a manager; all six share the track.
        #expect(four.placements == Array(repeating: other, count: 6))
        let seven = AnonymousGroups(states, minimumGroupSize: 7)
        #expect(seven.placements == Array(repeating: nil, count: 6))
        #expect(seven.withheld == 6)
    }

    @Test func rollupsMergeSmallGroupsAndWithholdASmallOther() {
        let states = states(["maya", "maya", "maya", "lee", "lee", "kai"])
        let merged = Rollup.groupAnonymously(states, by: .manager, minimumGroupSize: 3)
        #expect(merged.rollups.map(\.group) == ["maya", AnonymousGroups.other])
        #expect(merged.rollups.map(\.enrolments) == [3, 3])
        #expect(merged.withheld == 0)
        let withheld = Rollup.groupAnonymously(Array(states.prefix(5)), by: .manager, minimumGroupSize: 3)
        #expect(withheld.rollups.map(\.group) == ["maya"])
        #expect(withheld.withheld == 2)
    }
}
