import SalesOpsBasics

/// A person on a track from a start date, pinned to the track and calendar versions it began with.
package struct Enrolment: Sendable, Hashable {
    package var key: EnrolmentKey
    /// SHA-256 of the track's canonical JSON when the person enrolled (`TrackVersion.hash`).
    package var trackVersion: String
    /// SHA-256 of the calendar's canonical JSON when the person enrolled.
    package var calendarVersion: String
    /// The start date as given; due dates count from it rolled forward to a business day.
    package var start: CalendarDate

    package init(key: EnrolmentKey, trackVersion: String, calendarVersion: String, start: CalendarDate) {
        self.key = key
        self.trackVersion = trackVersion
        self.calendarVersion = calendarVersion
        self.start = start
    }

    package var person: String { key.person }
    package var track: String { key.track }

    /// The start month, `YYYY-MM`: the cohort in rollups.
    package var cohort: String { String(start.description.prefix(7)) }
}
