import SalesOpsBasics

/// A person on a track from a start date, pinned to the track and calendar versions it began with.
public struct Enrolment: Sendable, Hashable {
    public var key: EnrolmentKey
    /// SHA-256 of the track's canonical JSON when the person enrolled (`TrackVersion.hash`).
    public var trackVersion: String
    /// SHA-256 of the calendar's canonical JSON when the person enrolled.
    public var calendarVersion: String
    /// The start date as given; due dates count from it rolled forward to a business day.
    public var start: CalendarDate

    public init(key: EnrolmentKey, trackVersion: String, calendarVersion: String, start: CalendarDate) {
        self.key = key
        self.trackVersion = trackVersion
        self.calendarVersion = calendarVersion
        self.start = start
    }

    public var person: String { key.person }
    public var track: String { key.track }

    /// The start month, `YYYY-MM`: the cohort in rollups.
    public var cohort: String { String(start.description.prefix(7)) }
}
