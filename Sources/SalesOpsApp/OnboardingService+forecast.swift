import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// One enrolment's ramp forecast; its JSON form is a row of `onboard forecast`.
package struct EnrolmentForecast: Sendable, Encodable {
    package var person: String
    package var manager: String?
    package var track: String
    /// The health with the forecast applied.
    package var health: EnrolmentHealth
    package var forecast: RampForecast

    init(_ state: EnrolmentState, forecast: RampForecast) {
        person = state.person.id
        manager = state.person.manager
        track = state.enrolment.track
        health = state.health
        self.forecast = forecast
    }

    package func encode(to encoder: any Encoder) throws {
        try encoder.encodeFields(["person": person, "manager": manager, "track": track, "health": health, "forecast": forecast,
                                  "finishesLate": forecast.finishesLate])
    }
}

extension OnboardingService {
    /// The forecast of one person's enrolment (on `track`, or their only one).
    package func forecast(person: String, track: String?) throws(AppError) -> EnrolmentForecast {
        let workspace = try open(writing: false)
        let history = try workspace.history(person: person, track: track)
        let state = try workspace.forecastState(of: history)
        // forecastState always sets the forecast; the plan alone stands in for the type's sake.
        let plan = try workspace.plan(for: history.enrolment)
        let forecast = state.forecast ?? RampForecaster(plan: plan).forecast(RampProgress(state), today: state.today)
        return EnrolmentForecast(state, forecast: forecast)
    }

    /// The forecasts of every enrolment the query selects with steps left, by person then track.
    package func forecast(_ query: ReportQuery) throws(AppError) -> ForecastReport {
        let report = try status(query)
        let forecasts = report.rows.filter { $0.steps.contains { $0.doneOn == nil } }.compactMap { state in
            state.forecast.map { EnrolmentForecast(state, forecast: $0) }
        }
        return ForecastReport(rows: forecasts, problems: report.problems)
    }

    /// The forecaster's backtest on a generated history of the catalog's `track` (see `ForecastBacktest`).
    package func backtest(track: String, seed: UInt64) throws(AppError) -> ForecastBacktest.Result {
        let catalog = try loadCatalog()
        let plan = try OnboardingWorkspace.deciding { () throws(OnboardingError) in
            let found = try OnboardingWorkspace.track(track, in: catalog)
            return try TrackPlan(version: TrackVersion(track: found.descriptor, calendar: found.calendar))
        }
        return ForecastBacktest.run(plan: plan, seed: seed)
    }
}
