import SalesOpsSchedule

extension EnrolmentState {
    /// Gives the state its forecast: an enrolment on track becomes at risk when the forecast
    /// finishes it after its due date. Late and completed enrolments keep their health.
    package mutating func apply(_ forecast: RampForecast) {
        self.forecast = forecast
        if health == .onTrack, forecast.finishesLate { health = .atRisk }
    }

    /// The state with its forecast applied (`apply(_:)`).
    package func applying(_ forecast: RampForecast) -> EnrolmentState {
        var copy = self
        copy.apply(forecast)
        return copy
    }
}

extension RampForecaster {
    /// The forecast for a state derived from this forecaster's plan, on its day; its due dates
    /// under the plan are the state's own.
    package func forecast(_ state: EnrolmentState) -> RampForecast {
        forecast(RampProgress(state), planned: Scheduler.DueDates(effectiveStart: state.effectiveStart, dues: state.plannedDues),
                 today: state.today)
    }
}
