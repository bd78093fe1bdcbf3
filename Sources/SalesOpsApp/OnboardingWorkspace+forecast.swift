import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

extension OnboardingWorkspace {
    /// Each state with its ramp forecast applied (`EnrolmentState.applying`), from its plan and
    /// the finished enrolments on its track. `inputs` are the states' inputs, in the same order;
    /// `wholeTracks` says the states already hold every enrolment of their tracks, so the
    /// cohorts come from them rather than from the store again.
    func forecasting(_ states: [EnrolmentState], inputs: [EnrolmentState.Input], wholeTracks: Bool) throws(AppError) -> [EnrolmentState] {
        var cohorts: [String: StepSlips] = [:]
        if wholeTracks {
            for (index, state) in states.enumerated() {
                cohorts[state.enrolment.track, default: StepSlips()].observe(RampProgress(state), on: inputs[index].plan)
            }
        } else {
            for track in Set(states.map(\.enrolment.track)) { cohorts[track] = try cohortSlips(track: track) }
        }
        // One forecaster per pinned version, shared by its enrolments.
        func version(_ index: Int) -> String { inputs[index].enrolment.trackVersion + "/" + inputs[index].enrolment.calendarVersion }
        var forecasters: [String: RampForecaster] = [:]
        for (index, state) in states.enumerated() where forecasters[version(index)] == nil {
            forecasters[version(index)] = RampForecaster(plan: inputs[index].plan, cohort: cohorts[state.enrolment.track] ?? StepSlips())
        }
        let shared = forecasters
        return Parallel.map(states.count) { index in
            let state = states[index]
            // A withdrawn enrolment has nothing left to forecast.
            guard state.health != .withdrawn, let forecaster = shared[inputs[index].enrolment.trackVersion + "/" + inputs[index].enrolment.calendarVersion] else {
                return state
            }
            return state.applying(forecaster.forecast(RampProgress(state), today: state.today))
        }
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
        return try forecasting(EnrolmentState.derive([input]), inputs: [input], wholeTracks: false)[0]
    }
}
