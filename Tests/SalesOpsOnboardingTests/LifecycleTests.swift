import SalesOpsBasics
@testable import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// The lifecycle events as the engine reads them: pauses move due dates, a withdrawal takes
/// an enrolment off the late and at-risk lists, transfers follow their date, a re-enrolment
/// opens a new cycle, a reschedule re-flows from the new start. The shipped SDR track.
@Suite("Enrolment lifecycle")
struct LifecycleTests {
    static let start = CalendarDate(iso: "2026-03-02")!
    static let key = EnrolmentKey(person: "ana", track: "sdr-30-60-90")

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func event(_ payload: EventPayload, _ date: String, _ sequence: Int64) -> OnboardingEvent {
        OnboardingEvent(sequence: sequence, enrolment: key, payload: payload, date: day(date), recordedAt: "t", actor: "test",
                        idempotencyKey: "\(sequence)")
    }

    static func state(_ events: [OnboardingEvent], today: String, manager: String? = "maya") throws -> (EnrolmentState, TrackPlan) {
        let plan = try OnboardingFixtures.plan("sdr-30-60-90", catalog: OnboardingFixtures.shippedCatalog)
        let enrolment = Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash, start: start)
        let all = [event(.enrolled, "2026-02-23", 1)] + events
        return (EnrolmentState(plan: plan, person: Person(id: "ana", manager: manager), enrolment: enrolment, events: all,
                               today: day(today)), plan)
    }

    static let setupDone = event(.completed(step: "accounts-setup", evidence: nil, note: nil), "2026-03-03", 2)

    @Test func aPauseMovesEveryStepNotDoneByTheBusinessDaysPaused() throws {
        let pause = [Self.setupDone, Self.event(.paused(note: nil), "2026-03-09", 3), Self.event(.resumed(note: nil), "2026-03-23", 4)]
        let (paused, plan) = try Self.state(pause, today: "2026-03-24")
        let (unpaused, _) = try Self.state([Self.setupDone], today: "2026-03-24")
        let days = plan.calendar.count(from: Self.day("2026-03-09"), to: Self.day("2026-03-23"))
        #expect(days == 10)
        // Done before the pause, or due before it: unmoved; every other step: 10 business days later.
        let expected = unpaused.steps.map { step in
            step.id == "accounts-setup" || step.due < Self.day("2026-03-09") ? step.due : plan.calendar.offset(step.due, businessDays: days)
        }
        #expect(paused.steps.map(\.due) == expected)
        #expect(paused.steps.map(\.due) != unpaused.steps.map(\.due))
        #expect(paused.health == .late) // tools-orientation was due 2026-03-05, before the leave
        #expect(paused.cycle.pauses == [EnrolmentCycle.Pause(start: Self.day("2026-03-09"), end: Self.day("2026-03-23"))])
    }

    @Test func whileOnLeaveNothingDueFromThePauseOnFallsOverdue() throws {
        let events = [Self.setupDone, Self.event(.completed(step: "tools-orientation", evidence: nil, note: nil), "2026-03-05", 3),
                      Self.event(.paused(note: "leave"), "2026-03-06", 4)]
        let (state, _) = try Self.state(events, today: "2026-04-20")
        #expect(state.health == .paused)
        #expect(!state.steps.contains { $0.status == .overdue })
        #expect(state.reasons.first == "paused since 2026-03-06")
    }

    @Test func aWithdrawnEnrolmentIsNeitherLateNorAtRiskAndKeepsWhatWasDone() throws {
        let events = [Self.setupDone, Self.event(.withdrawn(reason: "left the company"), "2026-03-10", 3)]
        let (before, _) = try Self.state(events, today: "2026-03-09")
        #expect(before.health == .late)
        let (after, _) = try Self.state(events, today: "2026-04-30")
        #expect(after.health == .withdrawn)
        #expect(after.steps.map(\.status) == [.completed] + Array(repeating: StepStatus.withdrawn, count: after.steps.count - 1))
        #expect(after.nextDue == nil)
        #expect(after.reasons == ["withdrawn on 2026-03-10: left the company"])
        #expect(!after.hasOverdueStep)
    }

    @Test func aTransferCountsFromItsDateInStatesAndRollups() throws {
        let transfer = [Self.event(.transferred(manager: "sam", note: nil), "2026-04-01", 2)]
        let (before, _) = try Self.state(transfer, today: "2026-03-31")
        let (after, _) = try Self.state(transfer, today: "2026-04-01")
        #expect(before.person.manager == "maya")
        #expect(after.person.manager == "sam")
        #expect(after.enrolledPerson.manager == "maya")
        #expect(Rollup.group([before], by: .manager).map(\.group) == ["maya"])
        #expect(Rollup.group([after], by: .manager).map(\.group) == ["sam"])
    }

    @Test func detailChangesApplyFromTheirDateOnlyToTheDetailsGiven() throws {
        let person = Person(id: "acme", email: "ops@acme.example", manager: "sam", contact: "jo")
        let change = Self.event(.detailsChanged(PersonDetails(contact: "kim"), note: nil), "2026-04-01", 2)
        #expect(person.asOf(Self.day("2026-03-31"), events: [change]) == person)
        #expect(person.asOf(Self.day("2026-04-01"), events: [change])
            == Person(id: "acme", email: "ops@acme.example", manager: "sam", contact: "kim"))
    }

    @Test func aReenrolmentOpensANewCycleWithEveryStepOpen() throws {
        let events = [Self.setupDone, Self.event(.withdrawn(reason: "left"), "2026-03-10", 3),
                      Self.event(.reenrolled(start: Self.day("2026-06-01"), from: "v1", to: "v1", note: "rehired"), "2026-05-20", 4)]
        let (state, plan) = try Self.state(events, today: "2026-06-01")
        #expect(state.cycle.number == 2)
        #expect(state.start == Self.day("2026-06-01"))
        #expect(state.health != .withdrawn)
        #expect(state.steps.map(\.due) == plan.schedule(start: Self.day("2026-06-01")).steps.map(\.due))
        #expect(state.steps.allSatisfy { $0.doneOn == nil })
    }

    @Test func aRescheduleReflowsFromTheNewStartKeepingWhatIsRecorded() throws {
        let events = [Self.setupDone, Self.event(.rescheduled(start: Self.day("2026-03-16"), note: nil), "2026-03-04", 3)]
        let (state, plan) = try Self.state(events, today: "2026-03-17")
        #expect(state.start == Self.day("2026-03-16"))
        let expected = plan.schedule(start: Self.day("2026-03-16"), completions: ["accounts-setup": Self.day("2026-03-03")])
        #expect(state.steps.map(\.due) == expected.steps.map(\.due))
        #expect(state.step("accounts-setup")?.status == .completed)
    }

    @Test func whoMaySignFollowsTheVerifierAndTheStepsApprovers() throws {
        let plan = try OnboardingFixtures.plan("reviewed")
        let ramp = try plan.step("ramp-review").step
        let pipeline = try plan.step("intro").step
        let person = Person(id: "ben", manager: "maya", contact: "jo")
        #expect(OnboardingRules.signers(of: ramp, verifier: "manager-signoff", person: person) == ["maya", "enablement-lead"])
        #expect(OnboardingRules.signers(of: pipeline, verifier: "manager-signoff", person: person) == ["maya"])
        #expect(OnboardingRules.signers(of: pipeline, verifier: "customer-signoff", person: person) == ["jo"])
        #expect(OnboardingRules.signers(of: pipeline, verifier: "quiz-score", person: person) == nil)
    }
}
