import SalesOpsBasics

/// When an enrolment's remaining steps are predicted to be done: each remaining certification
/// and the end of the track, each with a range.
public struct RampForecast: Sendable, Hashable, Encodable {
    /// What the slip per step comes from.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Finished enrolments on the track: at least `RampForecaster.minimumCohort` of them.
        case cohort
        /// The track's plan alone: too few finished enrolments to learn from.
        case plan
    }

    /// A predicted date and the range it likely falls in.
    public struct Range: Sendable, Hashable, Encodable {
        public var expected: CalendarDate
        public var earliest: CalendarDate
        public var latest: CalendarDate

        public init(expected: CalendarDate, earliest: CalendarDate, latest: CalendarDate) {
            self.expected = expected
            self.earliest = earliest
            self.latest = latest
        }
    }

    /// A certification not passed yet.
    public struct Certification: Sendable, Hashable, Encodable {
        public var step: String
        public var certification: String
        /// Its due date under the plan, from the completions so far.
        public var due: CalendarDate
        public var forecast: Range

        public init(step: String, certification: String, due: CalendarDate, forecast: Range) {
            self.step = step
            self.certification = certification
            self.due = due
            self.forecast = forecast
        }
    }

    public var basis: Basis
    /// Finished enrolments the cohort slips come from.
    public var cohortSize: Int
    /// Steps this person has done (not waived): what their pace is measured on.
    public var stepsMeasured: Int
    /// The person's pace: business days per step they run behind (positive) or ahead of the
    /// basis, shrunk towards 0 while few steps are measured.
    public var paceDays: Double
    public var certifications: [Certification]
    /// The last step's due date under the plan, from the completions so far.
    public var due: CalendarDate
    /// When the last step is predicted to be done (when it was, once every step is done).
    public var end: Range

    /// The track is forecast to be finished after its due date.
    public var finishesLate: Bool { end.expected > due }
}
