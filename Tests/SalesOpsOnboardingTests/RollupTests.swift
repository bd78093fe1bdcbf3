import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// Rollups by manager, track and cohort, and pseudonyms.
@Suite("Rollups and pseudonyms")
struct RollupTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func state(_ plan: TrackPlan, _ id: String, manager: String?, start: String, passOn: String?, today: String) -> EnrolmentState {
        let key = EnrolmentKey(person: id, track: plan.name)
        var events: [OnboardingEvent] = []
        if let passOn {
            for step in ["intro", "prep"] {
                events.append(OnboardingEvent(enrolment: key, payload: .completed(step: step, evidence: nil, note: nil), date: date(start), recordedAt: "t", actor: "t",
                                              idempotencyKey: step))
            }
            events.append(OnboardingEvent(enrolment: key, payload: .attempted(step: "pitch-quiz", .init(submission: .init(score: 90), number: 1, passed: true, reason: "ok")),
                                          date: date(passOn), recordedAt: "t", actor: "t",
                                          idempotencyKey: "a"))
        }
        return EnrolmentState(plan: plan, person: Person(id: id, manager: manager),
                              enrolment: Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash,
                                                   start: date(start)),
                              events: events, today: date(today))
    }

    @Test func groupsCountHealthMedianDaysAndOverdueRate() throws {
        let plan = try OnboardingFixtures.plan("quick-cert")
        let states = [
            Self.state(plan, "ana", manager: "maya", start: "2026-03-02", passOn: "2026-03-06", today: "2026-03-09"),
            Self.state(plan, "ben", manager: "maya", start: "2026-03-02", passOn: "2026-03-12", today: "2026-03-13"),
            Self.state(plan, "cy", manager: "maya", start: "2026-03-02", passOn: nil, today: "2026-03-13"),
            Self.state(plan, "di", manager: nil, start: "2026-04-06", passOn: nil, today: "2026-04-06"),
        ]
        #expect(states.map(\.health) == [.onTrack, .onTrack, .late, .onTrack])
        let byManager = Rollup.group(states, by: .manager)
        #expect(byManager.map(\.group) == ["(none)", "maya"])
        let maya = byManager[1]
        #expect((maya.enrolments, maya.onTrack, maya.atRisk, maya.late, maya.completed) == (3, 2, 0, 1, 0))
        #expect(maya.certifications == 2)
        #expect(maya.medianDaysToCertify == 7) // 4 and 10 days
        #expect(abs(maya.overdueRate - 1.0 / 3) < 1e-12)
        #expect(Rollup.group(states, by: .cohort).map(\.group) == ["2026-03", "2026-04"])
        #expect(Rollup.group(states, by: .track).map(\.enrolments) == [4])
        // Progress is weighted: intro 1 + prep 1 + pitch-quiz 2 of 5.
        #expect(states[0].progress == 0.8)
    }

    @Test func pseudonymsAreStablePerKeyAndHideTheId() throws {
        let key = Array("a key of thirty-two bytes, exact".utf8)
        let one = Pseudonymizer(key: key)
        #expect(one.pseudonym(for: "ana.lima") == Pseudonymizer(key: key).pseudonym(for: "ana.lima"))
        #expect(one.pseudonym(for: "ana.lima") != one.pseudonym(for: "ben"))
        #expect(one.pseudonym(for: "ana.lima") != Pseudonymizer(key: Array("another key".utf8)).pseudonym(for: "ana.lima"))
        #expect(one.pseudonym(for: "ana.lima").hasPrefix("person-"))
        #expect(one.pseudonym(for: "ana.lima").count == 17)
    }

    @Test(arguments: [
        // RFC 4231 test cases 1 and 2.
        ([UInt8](repeating: 0x0b, count: 20), "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    ])
    func hmacMatchesRFC4231(key: [UInt8], message: String, expected: String) {
        #expect(HMACSHA256.hex(for: Array(message.utf8), key: key) == expected)
    }

    @Test func aKeyLongerThanABlockIsHashedFirst() {
        // RFC 4231 test case 6.
        let key = [UInt8](repeating: 0xaa, count: 131)
        #expect(HMACSHA256.hex(for: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8), key: key)
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}
