import SalesOpsBasics

/// What a forecast reads of one enrolment: its start and, per step of its plan (by index), when
/// the step was done and whether it was waived (a waiver says nothing about pace).
package struct RampProgress: Sendable, Hashable {
    package var start: CalendarDate
    package var doneOn: [CalendarDate?]
    package var waived: [Bool]

    package init(start: CalendarDate, doneOn: [CalendarDate?], waived: [Bool]) {
        self.start = start
        self.doneOn = doneOn
        self.waived = waived
    }

    /// The progress of a derived state (its steps are in plan order).
    package init(_ state: EnrolmentState) {
        self.init(start: state.start, doneOn: state.records.map(\.doneOn), waived: state.records.map { $0.status == .waived })
    }

    /// Whether every step is done.
    package var isFinished: Bool { doneOn.allSatisfy { $0 != nil } }
}

/// How late the steps of a track were done in finished enrolments: per step id, each
/// completion's slip in business days after its due date (negative when early), sorted.
package struct StepSlips: Sendable, Hashable {
    package private(set) var byStep: [String: [Int]] = [:]
    /// Finished enrolments observed.
    package private(set) var enrolments = 0

    package init() {}

    /// Adds a finished enrolment's slips (unfinished ones are ignored: their late steps are not known yet).
    package mutating func observe(_ progress: RampProgress, on plan: TrackPlan) {
        guard progress.isFinished else { return }
        enrolments += 1
        let schedule = plan.scheduler.schedule(start: progress.start, doneOn: progress.doneOn)
        for index in plan.steps.indices where !progress.waived[index] {
            guard let done = progress.doneOn[index] else { continue }
            let id = plan.steps[index].id
            let slip = plan.calendar.count(from: schedule.steps[index].due, to: done)
            var list = byStep[id, default: []]
            list.insert(slip, at: list.firstIndex { $0 > slip } ?? list.count)
            byStep[id] = list
        }
    }
}
