import SalesOpsBasics

/// One dated line of a checklist: a step, who does it, when it is due and where it stands.
package struct ChecklistItem: Sendable, Hashable, Codable {
    /// Where a step stands, as the onboarding engine derives it.
    package enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case pending
        case inProgress
        case completed
        case waived
        case blocked
        case overdue

        /// Completed and waived steps are ticked: nothing is left to do.
        package var isDone: Bool { self == .completed || self == .waived }

        /// Words for people: "in progress".
        package var label: String {
            switch self {
            case .pending: return "pending"
            case .inProgress: return "in progress"
            case .completed: return "completed"
            case .waived: return "waived"
            case .blocked: return "blocked"
            case .overdue: return "overdue"
            }
        }
    }

    /// The step id from the track (stable across renderings; part of the iCalendar UID).
    package var stepID: String
    package var title: String
    /// What the step involves, from the track (the calendar event's description).
    package var description: String?
    /// Who does the step: hire, manager, buddy, enablement, customer, csm, …
    package var owner: String
    package var due: CalendarDate
    /// The certification this step earns, if any.
    package var certification: String?
    package var status: Status
    /// Due after the calendar's holiday list ends: the date may fall on a holiday nobody listed.
    /// Set by `Checklist.init` from its `holidayListEnd`.
    package var pastHolidayList: Bool
    /// The iCalendar SEQUENCE: the revision of this item's event, which rises whenever what
    /// the event says changes, so calendar apps replace it on re-import; nil for a blank
    /// checklist, whose items are never revised (no SEQUENCE is written, which means 0).
    package var sequence: Int?

    // `sequence` belongs to the calendar rendering only: the JSON checklist leaves it out.
    private enum CodingKeys: String, CodingKey {
        case stepID, title, description, owner, due, certification, status, pastHolidayList
    }

    package init(
        stepID: String,
        title: String,
        description: String? = nil,
        owner: String,
        due: CalendarDate,
        certification: String? = nil,
        status: Status = .pending
    ) {
        self.stepID = stepID
        self.title = title
        self.description = description
        self.owner = owner
        self.due = due
        self.certification = certification
        self.status = status
        self.pastHolidayList = false
    }
}
