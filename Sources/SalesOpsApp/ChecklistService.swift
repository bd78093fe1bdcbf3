import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsChecklist
import SalesOpsOnboarding
import SalesOpsSchedule
import SalesOpsStore

/// A dated checklist, and the holiday coverage to warn about when the calendar's holidays
/// do not reach its last due date.
package struct DatedChecklist: Sendable {
    package var checklist: Checklist
    package var holidayWarning: HolidayCoverageWarning?
}

/// Dated checklists: a person's from the store, or a blank one for a track and start date.
package struct ChecklistService {
    package var onboarding: OnboardingService

    package init(onboarding: OnboardingService) {
        self.onboarding = onboarding
    }

    /// The person's checklist on `track` (or their only track), with each step's status.
    package func checklist(person: String, track: String?) throws(AppError) -> DatedChecklist {
        let workspace = try onboarding.open(writing: false)
        return try Self.checklist(of: try workspace.history(person: person, track: track), in: workspace)
    }

    /// An enrolment's checklist, each item with its iCalendar SEQUENCE: twice the events recorded
    /// on the enrolment since it began, plus one while the item is overdue. Every change to what
    /// an item says comes from a recorded event (a completion, a waiver, a reschedule, a re-flow
    /// after another step) or from the day passing its due date, so the number rises with each
    /// change and stays put otherwise: calendar apps update the event instead of keeping a stale one.
    static func checklist(of history: EnrolmentHistory, in workspace: OnboardingWorkspace) throws(AppError) -> DatedChecklist {
        let plan = try workspace.plan(for: history.enrolment)
        let state = try workspace.state(of: history)
        var checklist = state.checklist(plan: plan)
        let revisions = 2 * max(0, history.events.count - 1)
        for index in checklist.items.indices {
            checklist.items[index].sequence = revisions + (checklist.items[index].status == .overdue ? 1 : 0)
        }
        return DatedChecklist(checklist: checklist, holidayWarning: state.holidayWarning)
    }

    /// One calendar of the due dates of every enrolment of `person`: what `export ics PERSON`
    /// writes and a person's calendar feed serves.
    package func calendar(person: String, stamp: UTCTimestamp, component: Checklist.ICalendarComponent = .event) throws(AppError) -> String {
        let workspace = try onboarding.open(writing: false)
        _ = try workspace.person(person)
        let histories = try OnboardingWorkspace.storing { () throws(StoreError) in try workspace.store.histories(EnrolmentFilter(person: person)) }
        let lists = try histories.map { history throws(AppError) in try Self.checklist(of: history, in: workspace).checklist }
        return Checklist.iCalendar(lists, name: "Onboarding: \(person)", stamp: stamp, component: component)
    }

    /// One calendar of the due dates of `manager`'s reports (`states`, each on their today),
    /// every summary naming the person: what `export ics --manager` writes and a manager's feed serves.
    package func calendar(manager: String, reports states: [EnrolmentState], stamp: UTCTimestamp,
                          component: Checklist.ICalendarComponent = .event) throws(AppError) -> String {
        let workspace = try onboarding.open(writing: false)
        let lists = try states.map { state throws(AppError) in
            try Self.checklist(of: try workspace.history(person: state.person.id, track: state.enrolment.track), in: workspace).checklist
        }
        return Checklist.iCalendar(lists, name: "Onboarding: reports of \(manager)", stamp: stamp, component: component, namingPeople: true)
    }

    /// A blank checklist of the catalog's `track` for someone called `name` starting on `start`.
    package func blank(track: String, start: CalendarDate, name: String) throws(AppError) -> DatedChecklist {
        let catalog = try onboarding.loadCatalog()
        let plan = try OnboardingWorkspace.deciding { () throws(OnboardingError) in
            let found = try OnboardingWorkspace.track(track, in: catalog)
            return try TrackPlan(version: TrackVersion(track: found.descriptor, calendar: found.calendar))
        }
        return DatedChecklist(checklist: plan.checklist(person: name, start: start),
                              holidayWarning: plan.schedule(start: start).holidayWarning)
    }
}
