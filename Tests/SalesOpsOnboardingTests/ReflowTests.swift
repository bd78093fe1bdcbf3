import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// Statuses date steps with the scheduler's rules: every shipped track, with completions
/// early and late, gives the same due dates as `Schedule`.
@Suite("Due dates re-flow")
struct ReflowTests {
    @Test(arguments: ["sdr-30-60-90", "ae-onboarding", "csm-onboarding", "enterprise-customer", "smb-customer"])
    func statusDueDatesMatchTheScheduler(track: String) throws {
        let plan = try OnboardingFixtures.plan(track, catalog: OnboardingFixtures.shippedCatalog)
        let start = CalendarDate(iso: "2026-11-21")! // a Saturday before Thanksgiving
        let key = EnrolmentKey(person: "ana", track: track)
        let enrolment = Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash, start: start)
        var events: [OnboardingEvent] = []
        var completions: [String: CalendarDate] = [:]
        for (index, step) in plan.steps.enumerated() where index % 2 == 0 && step.certification == nil {
            // Alternately early and late.
            let date = start.adding(days: index % 4 == 0 ? 1 : 30 + index)
            completions[step.id] = date
            events.append(OnboardingEvent(enrolment: key, payload: .completed(step: step.id, evidence: nil, note: nil), date: date, recordedAt: "t", actor: "t",
                                          idempotencyKey: step.id))
        }
        let state = EnrolmentState(plan: plan, person: Person(id: "ana"), enrolment: enrolment, events: events,
                                   today: start.adding(days: 400))
        let schedule = plan.schedule(start: start, completions: completions)
        #expect(state.effectiveStart == schedule.effectiveStart)
        #expect(state.steps.map(\.due) == schedule.steps.map(\.due))
    }
}
