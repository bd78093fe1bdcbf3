import SalesOpsBasics

/// A step of one enrolment on one day: its due date, status and certification record. Its text
/// (id, title, owner, certification name) is read from the plan's steps by index.
package struct StepState: Sendable, Hashable, Codable {
    /// The plan's steps, and which of them this is.
    let table: PlanSteps
    let index: Int
    package var id: String { table.ids[index] }
    package var title: String { table.titles[index] }
    package var owner: String { table.owners[index] }
    package var due: CalendarDate
    package var status: StepStatus
    /// When it was completed, waived or first passed.
    package var doneOn: CalendarDate?
    /// Dependencies that are not done yet.
    package var blockedBy: [String]
    /// The certification's name, for certification steps.
    package var certification: String? { table.certifications[index] }
    /// Every attempt, in order.
    package var attempts: [AttemptRecord]
    /// Attempts since the last pass: what `maxAttempts` limits.
    package var attemptsInCycle: Int
    /// One per pass that opened a period, in order.
    package var periods: [CertificationPeriod]
    /// Not started (pending or blocked) and due within `EnrolmentHealth.riskHorizon` business days.
    package var dueSoon: Bool

    /// Step `index` of `table`.
    init(table: PlanSteps, index: Int, due: CalendarDate, status: StepStatus, doneOn: CalendarDate?, blockedBy: [String],
         attempts: [AttemptRecord], attemptsInCycle: Int, periods: [CertificationPeriod], dueSoon: Bool) {
        self.table = table
        self.index = index
        self.due = due
        self.status = status
        self.doneOn = doneOn
        self.blockedBy = blockedBy
        self.attempts = attempts
        self.attemptsInCycle = attemptsInCycle
        self.periods = periods
        self.dueSoon = dueSoon
    }

    /// A step state that stands alone, with its own text.
    package init(id: String, title: String, owner: String, due: CalendarDate, status: StepStatus, doneOn: CalendarDate? = nil,
                 blockedBy: [String] = [], certification: String? = nil, attempts: [AttemptRecord] = [],
                 attemptsInCycle: Int = 0, periods: [CertificationPeriod] = [], dueSoon: Bool = false) {
        self.init(table: PlanSteps(ids: [id], titles: [title], owners: [owner], certifications: [certification], dependencies: [[]]),
                  index: 0, due: due, status: status, doneOn: doneOn, blockedBy: blockedBy, attempts: attempts,
                  attemptsInCycle: attemptsInCycle, periods: periods, dueSoon: dueSoon)
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, owner, due, status, doneOn, blockedBy, certification, attempts, attemptsInCycle, periods, dueSoon
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
                  owner: try container.decode(String.self, forKey: .owner), due: try container.decode(CalendarDate.self, forKey: .due),
                  status: try container.decode(StepStatus.self, forKey: .status),
                  doneOn: try container.decodeIfPresent(CalendarDate.self, forKey: .doneOn),
                  blockedBy: try container.decode([String].self, forKey: .blockedBy),
                  certification: try container.decodeIfPresent(String.self, forKey: .certification),
                  attempts: try container.decode([AttemptRecord].self, forKey: .attempts),
                  attemptsInCycle: try container.decode(Int.self, forKey: .attemptsInCycle),
                  periods: try container.decode([CertificationPeriod].self, forKey: .periods),
                  dueSoon: try container.decode(Bool.self, forKey: .dueSoon))
    }

    /// The members and their order of the stored form this replaced, so the JSON is unchanged.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(owner, forKey: .owner)
        try container.encode(due, forKey: .due)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(doneOn, forKey: .doneOn)
        try container.encode(blockedBy, forKey: .blockedBy)
        try container.encodeIfPresent(certification, forKey: .certification)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(attemptsInCycle, forKey: .attemptsInCycle)
        try container.encode(periods, forKey: .periods)
        try container.encode(dueSoon, forKey: .dueSoon)
    }

    package static func == (left: StepState, right: StepState) -> Bool {
        left.id == right.id && left.title == right.title && left.owner == right.owner && left.due == right.due
            && left.status == right.status && left.doneOn == right.doneOn && left.blockedBy == right.blockedBy
            && left.certification == right.certification && left.attempts == right.attempts
            && left.attemptsInCycle == right.attemptsInCycle && left.periods == right.periods && left.dueSoon == right.dueSoon
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(due)
        hasher.combine(status)
        hasher.combine(doneOn)
    }
}
