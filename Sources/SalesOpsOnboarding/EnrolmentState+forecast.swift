extension EnrolmentState {
    /// The state with its forecast: an enrolment on track becomes at risk when the forecast
    /// finishes it after its due date. Late and completed enrolments keep their health.
    package func applying(_ forecast: RampForecast) -> EnrolmentState {
        var copy = self
        copy.forecast = forecast
        if health == .onTrack, forecast.finishesLate { copy.health = .atRisk }
        return copy
    }
}
