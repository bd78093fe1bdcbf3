import SalesOpsBasics

/// When an enrolment's remaining steps are predicted to be done: each remaining certification
/// and the end of the track, each with a range.
package struct RampForecast: Sendable, Hashable, Encodable {
    /// What the slip per step comes from.
    package enum Basis: String, Sendable, Hashable, Codable {
        /// Finished enrolments on the track: at least `RampForecaster.minimumCohort` of them.
        case cohort
        /// The track's plan alone: too few finished enrolments to learn from.
        case plan
    }

    /// A predicted date and the range it likely falls in.
    package struct Range: Sendable, Hashable, Encodable {
        package var expected: CalendarDate
        package var earliest: CalendarDate
        package var latest: CalendarDate
    }

    /// A certification not passed yet.
    package struct Certification: Sendable, Hashable, Encodable {
        package var step: String
        package var certification: String
        /// Its due date under the plan, from the completions so far.
        package var due: CalendarDate
        package var forecast: Range
    }

    package var basis: Basis
    /// Finished enrolments the cohort slips come from.
    package var cohortSize: Int
    /// Steps this person has done (not waived): what their pace is measured on.
    package var stepsMeasured: Int
    /// The person's pace: business days per step they run behind (positive) or ahead of the
    /// basis, shrunk towards 0 while few steps are measured.
    package var paceDays: Double
    package var certifications: [Certification]
    /// The last step's due date under the plan, from the completions so far.
    package var due: CalendarDate
    /// When the last step is predicted to be done (when it was, once every step is done).
    package var end: Range

    /// The track is forecast to be finished after its due date.
    package var finishesLate: Bool { end.expected > due }
}
