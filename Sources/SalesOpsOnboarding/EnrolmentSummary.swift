import SalesOpsBasics

/// An enrolment without its steps: a line of `onboard status --format json` and of the server's enrolment list.
package struct EnrolmentSummary: Sendable, Encodable {
    package var person: String
    package var manager: String?
    package var track: String
    package var trackVersion: String
    package var start: CalendarDate
    package var effectiveStart: CalendarDate
    package var today: CalendarDate
    package var progress: Double
    package var health: EnrolmentHealth
    package var nextDue: NextDue?
    package var reasons: [String]

    package struct NextDue: Sendable, Encodable {
        package var step: String
        package var due: CalendarDate
    }

    package init(_ state: EnrolmentState) {
        person = state.person.id
        manager = state.person.manager
        track = state.enrolment.track
        trackVersion = state.trackVersion
        start = state.start
        effectiveStart = state.effectiveStart
        today = state.today
        progress = state.progress
        health = state.health
        nextDue = state.nextDue.map { NextDue(step: $0.id, due: $0.due) }
        reasons = state.reasons
    }
}
