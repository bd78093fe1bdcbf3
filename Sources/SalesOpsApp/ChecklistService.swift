import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsChecklist
import SalesOpsOnboarding
import SalesOpsSchedule

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
        let history = try workspace.history(person: person, track: track)
        let plan = try workspace.plan(for: history.enrolment)
        let state = try workspace.state(of: history)
        return DatedChecklist(checklist: state.checklist(plan: plan), holidayWarning: state.holidayWarning)
    }

    /// A blank checklist of the catalog's `track` for someone called `name` starting on `start`.
    package func blank(track: String, start: CalendarDate, name: String) throws(AppError) -> DatedChecklist {
        let catalog = try onboarding.catalog.load(plugins: try PluginService.load(onboarding.plugins))
        let plan = try OnboardingWorkspace.deciding { () throws(OnboardingError) in
            let found = try OnboardingWorkspace.track(track, in: catalog)
            return try TrackPlan(version: TrackVersion(track: found.descriptor, calendar: found.calendar))
        }
        return DatedChecklist(checklist: plan.checklist(person: name, start: start),
                              holidayWarning: plan.schedule(start: start).holidayWarning)
    }
}
