import SalesOpsBasics

/// A step of one enrolment on one day: its due date, status and certification record.
package struct StepState: Sendable, Hashable, Codable {
    package var id: String
    package var title: String
    package var owner: String
    package var due: CalendarDate
    package var status: StepStatus
    /// When it was completed, waived or first passed.
    package var doneOn: CalendarDate?
    /// Dependencies that are not done yet.
    package var blockedBy: [String]
    /// The certification's name, for certification steps.
    package var certification: String?
    /// Every attempt, in order.
    package var attempts: [AttemptRecord]
    /// Attempts since the last pass: what `maxAttempts` limits.
    package var attemptsInCycle: Int
    /// One per pass that opened a period, in order.
    package var periods: [CertificationPeriod]
    /// Not started (pending or blocked) and due within `EnrolmentHealth.riskHorizon` business days.
    package var dueSoon: Bool

    package init(id: String, title: String, owner: String, due: CalendarDate, status: StepStatus, doneOn: CalendarDate? = nil,
                blockedBy: [String] = [], certification: String? = nil, attempts: [AttemptRecord] = [],
                attemptsInCycle: Int = 0, periods: [CertificationPeriod] = [], dueSoon: Bool = false) {
        self.id = id
        self.title = title
        self.owner = owner
        self.due = due
        self.status = status
        self.doneOn = doneOn
        self.blockedBy = blockedBy
        self.certification = certification
        self.attempts = attempts
        self.attemptsInCycle = attemptsInCycle
        self.periods = periods
        self.dueSoon = dueSoon
    }
}
