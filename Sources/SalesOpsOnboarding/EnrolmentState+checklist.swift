import SalesOpsBasics
import SalesOpsChecklist

extension EnrolmentState {
    /// The person's dated checklist on `plan` (the plan the state was derived from), statuses included.
    package func checklist(plan: TrackPlan) -> Checklist {
        Checklist(person: person.id, track: trackTitle, effectiveStart: effectiveStart, weekmask: plan.calendar.weekmask,
                  holidayListEnd: plan.calendar.holidayListEnd,
                  items: steps.map { step in
                      ChecklistItem(stepID: step.id, title: step.title,
                                    description: plan.indexByID[step.id].flatMap { plan.steps[$0].description },
                                    owner: step.owner, due: step.due, certification: step.certification,
                                    status: step.status.checklistStatus)
                  })
    }
}

extension StepStatus {
    /// The nearest checklist status: passed certifications are ticked, an expired one is overdue.
    package var checklistStatus: ChecklistItem.Status {
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
    package func checklist(person: String, start: CalendarDate) -> Checklist {
        let schedule = self.schedule(start: start)
        return Checklist(person: person, track: version.track.title, effectiveStart: schedule.effectiveStart,
                         weekmask: calendar.weekmask, holidayListEnd: calendar.holidayListEnd,
                         items: steps.enumerated().map { index, step in
                             ChecklistItem(stepID: step.id, title: step.title, description: step.description, owner: step.owner,
                                           due: schedule.steps[index].due,
                                           certification: step.certification.map { $0.name ?? step.title })
                         })
    }
}
