import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

extension OnboardingWorkspace {
    /// Applies each state's ramp forecast in place (`EnrolmentState.apply`), from its plan and
    /// the finished enrolments on its track. `inputs` are the states' inputs, in the same order;
    /// `wholeTracks` says the states already hold every enrolment of their tracks, so the
    /// cohorts come from them rather than from the store again.
    func forecast(_ states: inout [EnrolmentState], inputs: [EnrolmentState.Input], wholeTracks: Bool) throws(AppError) {
        let progress = states.indices.map { RampProgress(states[$0]) }
        var cohorts: [String: StepSlips] = [:]
        if wholeTracks {
            for index in states.indices {
                cohorts[states[index].enrolment.track, default: StepSlips()].observe(progress[index], on: inputs[index].plan)
            }
        } else {
            for track in Set(states.map(\.enrolment.track)) { cohorts[track] = try cohortSlips(track: track) }
        }
        // One forecaster per pinned version (one plan each), shared by its enrolments.
        var forecasters: [ObjectIdentifier: RampForecaster] = [:]
        for index in states.indices where forecasters[ObjectIdentifier(inputs[index].plan)] == nil {
            forecasters[ObjectIdentifier(inputs[index].plan)] =
                RampForecaster(plan: inputs[index].plan, cohort: cohorts[states[index].enrolment.track] ?? StepSlips())
        }
        let forecasts = Self.forecasts(of: states, progress: progress, inputs: inputs, forecasters: forecasters)
        for index in states.indices {
            if let forecast = forecasts[index] { states[index].apply(forecast) }
        }
    }

    /// Each state's forecast; nil for a withdrawn enrolment, which has nothing left to forecast.
    /// Enrolments on one plan with the same progress on the same day (a cohort that started
    /// together) share one forecast; the distinct ones are computed on every core.
    private static func forecasts(of states: [EnrolmentState], progress: [RampProgress], inputs: [EnrolmentState.Input],
                                  forecasters: [ObjectIdentifier: RampForecaster]) -> [RampForecast?] {
        struct Key: Hashable {
            var plan: ObjectIdentifier
            var progress: RampProgress
            var today: CalendarDate
        }
        var first: [Key: Int] = [:]
        var distinct: [Int] = []
        var slots = [Int?](repeating: nil, count: states.count)
        for index in states.indices where states[index].health != .withdrawn {
            let key = Key(plan: ObjectIdentifier(inputs[index].plan), progress: progress[index], today: states[index].today)
            if let slot = first[key] {
                slots[index] = slot
            } else {
                first[key] = distinct.count
                slots[index] = distinct.count
                distinct.append(index)
            }
        }
        let computed = Parallel.map(distinct.count) { [distinct] slot in
            let index = distinct[slot]
            return forecasters[ObjectIdentifier(inputs[index].plan)]?.forecast(states[index])
        }
        return slots.map { $0.flatMap { computed[$0] } }
    }

    /// The slips of every finished enrolment on `track` in the store (enrolments whose pinned
    /// version cannot be used teach nothing and are skipped; reports name them elsewhere).
    func cohortSlips(track: String) throws(AppError) -> StepSlips {
        var slips = StepSlips()
        for history in try Self.storing({ () throws(StoreError) in try store.histories(EnrolmentFilter(track: track)) }) {
            let plan: TrackPlan
            do throws(AppError) { plan = try self.plan(for: history.enrolment) } catch { continue }
            let state = EnrolmentState(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                                       today: today(for: history.person, plan: plan))
            slips.observe(RampProgress(state), on: plan)
        }
        return slips
    }

    /// One enrolment's state today, with its forecast.
    func forecastState(of history: EnrolmentHistory) throws(AppError) -> EnrolmentState {
        let plan = try plan(for: history.enrolment)
        let input = EnrolmentState.Input(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                                         today: today(for: history.person, plan: plan))
        var states = EnrolmentState.derive([input])
        try forecast(&states, inputs: [input], wholeTracks: false)
        return states[0]
    }
}
