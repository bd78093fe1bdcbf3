import SalesOpsBasics
import SalesOpsChecklist

extension EnrolmentState {
    /// The person's dated checklist, statuses included.
    public func checklist(weekmask: [Bool]) -> Checklist {
        Checklist(person: person.id, track: trackTitle, effectiveStart: effectiveStart, weekmask: weekmask,
                  items: steps.map { step in
                      ChecklistItem(stepID: step.id, title: step.title, owner: step.owner, due: step.due,
                                    certification: step.certification, status: step.status.checklistStatus)
                  })
    }
}

extension StepStatus {
    /// The nearest checklist status: passed certifications are ticked, an expired one is overdue.
    public var checklistStatus: ChecklistItem.Status {
        switch self {
        case .pending, .withdrawn: return .pending
        case .inProgress: return .inProgress
        case .blocked: return .blocked
        case .overdue, .expired: return .overdue
        case .completed, .certified, .expiring: return .completed
        case .waived: return .waived
        }
    }
}

extension TrackPlan {
    /// A blank checklist for someone starting on `start`: every step pending.
    public func checklist(person: String, start: CalendarDate) -> Checklist {
        let schedule = self.schedule(start: start)
        return Checklist(person: person, track: version.track.title, effectiveStart: schedule.effectiveStart,
                         weekmask: calendar.weekmask,
                         items: steps.enumerated().map { index, step in
                             ChecklistItem(stepID: step.id, title: step.title, owner: step.owner, due: schedule.steps[index].due,
                                           certification: step.certification.map { $0.name ?? step.title })
                         })
    }
}
