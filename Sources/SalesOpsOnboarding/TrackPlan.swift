import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsSchedule

/// A pinned track prepared for deriving states: steps by index, dependencies as indices,
/// weights, and the business calendar. Built once per track version and shared by every
/// enrolment on it. A class, so handing it to each of many enrolments costs one reference.
package final class TrackPlan: Sendable {
    package let version: TrackVersion
    package let calendar: BusinessCalendar
    package var name: String { version.track.name }
    package var steps: [Step] { version.track.spec.steps }
    /// Step index by id.
    package let indexByID: [String: Int]
    /// For each step, the indices of the steps it depends on.
    let dependencies: [[Int]]
    let weights: [Double]
    let totalWeight: Double
    /// The track's due-date rules, checked once.
    package let scheduler: Scheduler
    /// The steps' text and dependencies, which step states refer to by index.
    package let stepTable: PlanSteps

    package init(version: TrackVersion) throws(OnboardingError) {
        self.version = version
        let spec = version.calendar.spec
        let mask = (1...7).map { day in spec.workingDays.contains { $0.isoNumber == day } }
        do {
            calendar = try BusinessCalendar(name: version.calendar.name, weekmask: mask,
                                            holidays: (spec.holidays ?? []).map(\.date))
        } catch {
            throw .unusableCalendar(track: version.track.name, error)
        }
        let steps = version.track.spec.steps
        var index: [String: Int] = [:]
        for (position, step) in steps.enumerated() { index[step.id] = position }
        indexByID = index
        dependencies = steps.map { ($0.dependsOn ?? []).compactMap { index[$0] } }
        weights = steps.map { $0.weight ?? 1 }
        totalWeight = weights.reduce(0, +)
        stepTable = PlanSteps(ids: steps.map(\.id), titles: steps.map(\.title), owners: steps.map(\.owner),
                              certifications: steps.map { step in step.certification.map { $0.name ?? step.title } },
                              dependencies: dependencies)
        let scheduleSteps = steps.map { ScheduleStep(id: $0.id, offset: $0.due.offset, after: $0.due.after) }
        // Checked now, so a track that cannot be dated fails here with every issue.
        do {
            scheduler = try Scheduler(steps: scheduleSteps, calendar: calendar)
        } catch {
            throw .unschedulable(track: version.track.name, error)
        }
    }

    /// Due dates from `start`; `completions` re-flow the steps counted `after` them.
    package func schedule(start: CalendarDate, completions: [String: CalendarDate] = [:]) -> Schedule {
        scheduler.schedule(start: start, completions: completions)
    }

    /// The step with this id, or an error with the nearest id.
    package func step(_ id: String) throws(OnboardingError) -> (index: Int, step: Step) {
        guard let index = indexByID[id] else {
            throw .notFound(NotFound(kind: "step", name: id, place: .inside(kind: "track", name: name), among: steps.map(\.id)))
        }
        return (index, steps[index])
    }
}
