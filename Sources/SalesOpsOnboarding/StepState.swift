import SalesOpsBasics

/// A step of one enrolment on one day: its due date, status and certification record.
public struct StepState: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var owner: String
    public var due: CalendarDate
    public var status: StepStatus
    /// When it was completed, waived or first passed.
    public var doneOn: CalendarDate?
    /// Dependencies that are not done yet.
    public var blockedBy: [String]
    /// The certification's name, for certification steps.
    public var certification: String?
    /// Every attempt, in order.
    public var attempts: [AttemptRecord]
    /// Attempts since the last pass: what `maxAttempts` limits.
    public var attemptsInCycle: Int
    /// One per pass that opened a period, in order.
    public var periods: [CertificationPeriod]
    /// Not started (pending or blocked) and due within `EnrolmentHealth.riskHorizon` business days.
    public var dueSoon: Bool

    public init(id: String, title: String, owner: String, due: CalendarDate, status: StepStatus, doneOn: CalendarDate? = nil,
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
