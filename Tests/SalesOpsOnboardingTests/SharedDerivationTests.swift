import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// Many enrolments derived together share their plan's text and, per start date, their due
/// dates; each state is still exactly the one derived alone. The shipped SDR track, whose
/// `after` chains re-flow on completions.
@Suite("Deriving many enrolments at once")
struct SharedDerivationTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Sixty enrolments over ten starts: some untouched, some with steps done early or late
    /// (re-flowing the steps counted after them), a waiver, a certification attempt, a pause.
    static func inputs(_ plan: TrackPlan, today: CalendarDate) -> [EnrolmentState.Input] {
        (0..<60).map { index in
            let key = EnrolmentKey(person: "p\(index)", track: plan.name)
            let start = day("2026-03-02").adding(days: index % 10)
            var events = [OnboardingEvent(sequence: 1, enrolment: key, payload: .enrolled, date: start, recordedAt: "t", actor: "test",
                                          idempotencyKey: "enrol/\(index)")]
            func add(_ payload: EventPayload, _ offset: Int) {
                events.append(OnboardingEvent(sequence: Int64(events.count + 1), enrolment: key, payload: payload,
                                              date: start.adding(days: offset), recordedAt: "t", actor: "test",
                                              idempotencyKey: "\(index)/\(events.count)"))
            }
            if index % 3 >= 1 {
                add(.completed(step: "accounts-setup", evidence: nil, note: nil), 1)
                add(.completed(step: "tools-orientation", evidence: nil, note: nil), 2 + index % 4)
                add(.completed(step: "product-training", evidence: nil, note: nil), 3 + index % 7)
            }
            if index % 3 == 2 {
                add(.waived(step: "icp-persona-training", note: nil), 9)
                add(.attempted(step: "cold-call-certification", .init(submission: .init(score: 60), number: 1, passed: false,
                                                                       reason: "score 60 < pass mark 80")), 12)
            }
            if index % 7 == 0 { add(.paused(note: nil), 5) }
            if index % 14 == 0 { add(.resumed(note: nil), 15) }
            let enrolment = Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash, start: start)
            return EnrolmentState.Input(plan: plan, person: Person(id: key.person, manager: "m\(index % 3)"), enrolment: enrolment,
                                        events: events, today: today)
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: ["2026-03-10", "2026-04-20", "2026-07-01"])
    func aBatchEqualsEachEnrolmentDerivedAlone(today: String) throws {
        let plan = try OnboardingFixtures.plan("sdr-30-60-90", catalog: OnboardingFixtures.shippedCatalog)
        let inputs = Self.inputs(plan, today: Self.day(today))
        let together = EnrolmentState.derive(inputs)
        let alone = inputs.map { EnrolmentState(plan: $0.plan, person: $0.person, enrolment: $0.enrolment, events: $0.events, today: $0.today) }
        #expect(together == alone)
        #expect(try together.map(Self.json) == alone.map(Self.json))
        // Each step state reads its plan's step.
        for state in together {
            #expect(state.steps.map(\.id) == plan.steps.map(\.id))
            #expect(state.steps.map(\.title) == plan.steps.map(\.title))
            #expect(state.steps.map(\.owner) == plan.steps.map(\.owner))
            #expect(state.steps.map(\.certification) == plan.steps.map { step in step.certification.map { $0.name ?? step.title } })
            #expect(state.nextDue == state.steps.filter { !$0.status.isDone }.min { $0.due < $1.due })
        }
        // Some completions re-flowed dates away from their start's shared ones.
        #expect(Set(together.map { $0.steps.map(\.due) }).count > Set(inputs.map(\.enrolment.start)).count)
    }

    /// The forecast from a state's own due dates equals the one from its progress alone.
    @Test func aStatesForecastEqualsOneFromItsProgressAlone() throws {
        let plan = try OnboardingFixtures.plan("sdr-30-60-90", catalog: OnboardingFixtures.shippedCatalog)
        let forecaster = RampForecaster(plan: plan)
        for state in EnrolmentState.derive(Self.inputs(plan, today: Self.day("2026-04-20"))) {
            #expect(forecaster.forecast(state) == forecaster.forecast(RampProgress(state), today: state.today))
        }
    }

    /// A step state standing alone encodes and decodes as one derived from a plan.
    @Test func aStepStateRoundTripsThroughJSON() throws {
        let plan = try OnboardingFixtures.plan("sdr-30-60-90", catalog: OnboardingFixtures.shippedCatalog)
        let state = EnrolmentState.derive(Self.inputs(plan, today: Self.day("2026-04-20")))[2]
        for step in state.steps {
            let decoded = try JSONDecoder().decode(StepState.self, from: Data(try Self.json(step).utf8))
            #expect(decoded == step)
            #expect(try Self.json(decoded) == Self.json(step))
        }
    }
}
