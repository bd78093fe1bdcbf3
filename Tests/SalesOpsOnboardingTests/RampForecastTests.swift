import SalesOpsBasics
@testable import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// The ramp forecast on the quick-cert fixture track (intro 2 business days from the start,
/// prep 3 after intro, pitch-quiz 5 after prep, review 4 weeks from the start; weekdays, no holidays).
@Suite struct RampForecastTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    static func range(_ expected: String, _ earliest: String, _ latest: String) -> RampForecast.Range {
        RampForecast.Range(expected: date(expected), earliest: date(earliest), latest: date(latest))
    }

    let plan: TrackPlan
    init() throws { plan = try OnboardingFixtures.plan("quick-cert") }

    func progress(_ done: [String?], start: String = "2026-03-02") -> RampProgress {
        RampProgress(start: Self.date(start), doneOn: done.map { $0.map(Self.date) }, waived: done.map { _ in false })
    }

    @Test func withoutHistoryThePlanWithARange() {
        let forecast = RampForecaster(plan: plan).forecast(progress([nil, nil, nil, nil]), today: Self.date("2026-03-02"))
        #expect(forecast.basis == .plan)
        #expect(forecast.stepsMeasured == 0)
        #expect(forecast.paceDays == 0)
        #expect(forecast.certifications == [
            .init(step: "pitch-quiz", certification: "Pitch certification", due: Self.date("2026-03-16"),
                  forecast: Self.range("2026-03-16", "2026-03-11", "2026-03-19")),
            .init(step: "review", certification: "Manager review", due: Self.date("2026-03-30"),
                  forecast: Self.range("2026-03-30", "2026-03-26", "2026-04-01")),
        ])
        #expect(forecast.due == Self.date("2026-03-30"))
        #expect(forecast.end == Self.range("2026-03-30", "2026-03-26", "2026-04-01"))
        #expect(!forecast.finishesLate)
    }

    @Test func aSlowPaceMovesTheRestAndMakesTheEnrolmentAtRisk() throws {
        // intro due 03-04, done 03-06; prep due 03-11 (3 after intro's completion), done 03-13: 2 days late each.
        let done = progress(["2026-03-06", "2026-03-13", nil, nil])
        let forecast = RampForecaster(plan: plan).forecast(done, today: Self.date("2026-03-13"))
        #expect(forecast.stepsMeasured == 2)
        #expect(forecast.paceDays == 1) // mean 2, shrunk by 2 / (2 + 2)
        #expect(forecast.certifications.map(\.forecast.expected) == [Self.date("2026-03-23"), Self.date("2026-03-31")])
        #expect(forecast.certifications.map(\.due) == [Self.date("2026-03-20"), Self.date("2026-03-30")])
        #expect(forecast.end.expected == Self.date("2026-03-31"))
        #expect(forecast.finishesLate)

        let state = try Self.state(plan, done: done, today: "2026-03-13")
        #expect(state.health == .onTrack)
        let forecasted = state.applying(forecast)
        #expect(forecasted.health == .atRisk)
        #expect(forecasted.reasons == ["forecast to finish 2026-03-31 (\(forecast.end.earliest) – \(forecast.end.latest)), after the due date 2026-03-30"])
        // On pace with the plan: on track.
        let onTime = RampForecaster(plan: plan).forecast(progress(["2026-03-04", "2026-03-09", nil, nil]), today: Self.date("2026-03-09"))
        #expect(!onTime.finishesLate)
        #expect(state.applying(onTime).health == .onTrack)
    }

    @Test func finishedEnrolmentsTeachEachStepsSlip() {
        // Five finished enrolments, every step done 3 business days after its due date.
        var slips = StepSlips()
        for _ in 0..<4 {
            slips.observe(progress(["2026-01-12", "2026-01-20", "2026-01-30", "2026-02-05"], start: "2026-01-05"), on: plan)
        }
        var forecast = RampForecaster(plan: plan, cohort: slips).forecast(progress([nil, nil, nil, nil]), today: Self.date("2026-03-02"))
        #expect(forecast.basis == .plan) // four are not enough
        slips.observe(progress(["2026-01-12", "2026-01-20", "2026-01-30", "2026-02-05"], start: "2026-01-05"), on: plan)
        slips.observe(progress(["2026-01-12", nil, nil, nil], start: "2026-01-05"), on: plan) // unfinished: ignored
        #expect(slips.enrolments == 5)
        #expect(slips.byStep == ["intro": [3, 3, 3, 3, 3], "prep": [3, 3, 3, 3, 3], "pitch-quiz": [3, 3, 3, 3, 3], "review": [3, 3, 3, 3, 3]])
        forecast = RampForecaster(plan: plan, cohort: slips).forecast(progress([nil, nil, nil, nil]), today: Self.date("2026-03-02"))
        #expect(forecast.basis == .cohort)
        #expect(forecast.cohortSize == 5)
        // intro 03-04 + 3 = 03-09; prep 03-12 + 3 = 03-17; pitch 03-24 + 3 = 03-27; review 03-30 + 3 = 04-02.
        #expect(forecast.certifications.map(\.forecast) == [Self.range("2026-03-27", "2026-03-27", "2026-03-27"),
                                                            Self.range("2026-04-02", "2026-04-02", "2026-04-02")])
        #expect(forecast.finishesLate)
    }

    @Test func nothingIsPredictedBeforeToday() {
        let forecast = RampForecaster(plan: plan).forecast(progress([nil, nil, nil, nil]), today: Self.date("2026-04-06"))
        #expect(forecast.end.expected == Self.date("2026-04-16")) // intro today, prep +3, pitch +5 after it
        #expect(forecast.certifications.first?.forecast.expected == Self.date("2026-04-16"))
        #expect(forecast.certifications.allSatisfy { $0.forecast.earliest >= Self.date("2026-04-06") })
    }

    /// The numbers the README quotes: on the shipped SDR track, the forecast's mean absolute
    /// error against the plan alone's.
    @Test func backtestOnAGeneratedHistory() throws {
        let sdr = try OnboardingFixtures.plan("sdr-30-60-90", catalog: OnboardingFixtures.shippedCatalog)
        let result = ForecastBacktest.run(plan: sdr, seed: 42)
        #expect(result.predictions == 339)
        #expect(abs(result.forecastError - 1.5015) < 0.0001)
        #expect(abs(result.planError - 3.4513) < 0.0001)
        #expect(ForecastBacktest.run(plan: sdr, seed: 42) == result)
        // Another history, the same conclusion.
        let other = ForecastBacktest.run(plan: sdr, seed: 7)
        #expect(other.forecastError < other.planError)
    }

    static func state(_ plan: TrackPlan, done: RampProgress, today: String) throws -> EnrolmentState {
        let key = EnrolmentKey(person: "ana", track: plan.name)
        let events = plan.steps.indices.compactMap { index -> OnboardingEvent? in
            guard let date = done.doneOn[index] else { return nil }
            return OnboardingEvent(enrolment: key, payload: .completed(step: plan.steps[index].id, evidence: nil, note: nil), date: date,
                                   recordedAt: "t", actor: "t", idempotencyKey: plan.steps[index].id)
        }
        return EnrolmentState(plan: plan, person: Person(id: "ana"),
                              enrolment: Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash,
                                                   start: done.start),
                              events: events, today: date(today))
    }
}
