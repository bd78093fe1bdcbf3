import SalesOpsBasics

/// The current cycle of an enrolment on one day, read from its lifecycle events: where it
/// starts, which events belong to it, and whether it is withdrawn or paused. A re-enrolment
/// opens a new cycle; the events before it stay in the history but no longer count.
package struct EnrolmentCycle: Sendable, Hashable {
    /// A leave of absence: from `start` until `end` (the resume day), open while `end` is nil.
    package struct Pause: Sendable, Hashable {
        package var start: CalendarDate
        package var end: CalendarDate?
    }

    /// A withdrawal and its reason.
    package struct Withdrawal: Sendable, Hashable {
        package var on: CalendarDate
        package var reason: String
    }

    /// 1 for the first cycle, 2 after the first re-enrolment, …
    package var number: Int
    /// The start date as last set (at enrolment, re-enrolment or reschedule).
    package var start: CalendarDate
    /// The events of this cycle dated on or before the day, in store order.
    package var events: [OnboardingEvent]
    package var withdrawal: Withdrawal?
    /// In order; only the last can be open.
    package var pauses: [Pause]
    /// The transfers and detail changes of every cycle dated on or before the day: a person's
    /// details outlive a cycle.
    package var personChanges: [OnboardingEvent]

    /// The cycle of `enrolment` on `today`; events of other enrolments and dated after `today` are ignored.
    package init(enrolment: Enrolment, events: [OnboardingEvent], today: CalendarDate) {
        var number = 1
        var start = enrolment.start
        var current: [OnboardingEvent] = []
        var withdrawal: Withdrawal?
        var pauses: [Pause] = []
        var personChanges: [OnboardingEvent] = []
        for event in OnboardingEvent.counting(events, on: today) where event.enrolment == enrolment.key && event.date <= today {
            switch event.payload {
            case .reenrolled(let newStart, _, _, _):
                number += 1
                start = newStart
                current = []
                withdrawal = nil
                pauses = []
            case .rescheduled(let newStart, _):
                start = newStart
            case .withdrawn(let reason):
                withdrawal = Withdrawal(on: event.date, reason: reason)
            case .paused:
                if pauses.last.map({ $0.end != nil }) ?? true { pauses.append(Pause(start: event.date, end: nil)) }
            case .resumed:
                if let last = pauses.indices.last, pauses[last].end == nil { pauses[last].end = event.date }
            case .transferred, .detailsChanged:
                personChanges.append(event)
            default:
                break
            }
            current.append(event)
        }
        self.number = number
        self.start = start
        self.events = current
        self.withdrawal = withdrawal
        self.pauses = pauses
        self.personChanges = personChanges
    }

    /// The open pause, if the person is on leave.
    package var openPause: Pause? {
        pauses.last.flatMap { $0.end == nil ? $0 : nil }
    }

    /// The steps this cycle has recorded events for, in the order first recorded.
    package var recordedSteps: [String] {
        var seen: Set<String> = []
        return events.compactMap(\.step).filter { seen.insert($0).inserted }
    }
}
