import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsYAML

/// A track and its calendar pinned by content, as an enrolment keeps them.
///
/// The version is the SHA-256 of the track's canonical JSON (keys sorted, no whitespace), so
/// the same track text always gives the same version and any change gives a new one. An
/// enrolment keeps the version it started on even when the catalog's track changes later.
package struct TrackVersion: Sendable {
    package let track: Track
    package let calendar: CalendarDescriptor
    /// SHA-256 (hex) of `trackJSON`.
    package let hash: String
    /// SHA-256 (hex) of `calendarJSON`.
    package let calendarHash: String
    /// The canonical JSON stored beside the enrolment.
    package let trackJSON: String
    package let calendarJSON: String

    /// Pins a catalog track and its calendar.
    package init(track: Track, calendar: CalendarDescriptor) throws(OnboardingError) {
        self.track = track
        self.calendar = calendar
        trackJSON = try Self.canonicalJSON(track)
        calendarJSON = try Self.canonicalJSON(calendar)
        hash = SHA256.hex(of: Array(trackJSON.utf8))
        calendarHash = SHA256.hex(of: Array(calendarJSON.utf8))
    }

    /// Reads a pinned version back from its stored canonical JSON.
    package init(trackJSON: String, calendarJSON: String) throws(OnboardingError) {
        let decoder = YAMLDecoder()
        do {
            track = try decoder.decode(Track.self, fromText: trackJSON, file: "the stored track")
            calendar = try decoder.decode(CalendarDescriptor.self, fromText: calendarJSON, file: "the stored calendar")
        } catch {
            throw .storedDefinitionUnreadable(detail: "\(error)")
        }
        self.trackJSON = trackJSON
        self.calendarJSON = calendarJSON
        hash = SHA256.hex(of: Array(trackJSON.utf8))
        calendarHash = SHA256.hex(of: Array(calendarJSON.utf8))
    }

    /// The descriptor as JSON with sorted keys and no insignificant whitespace.
    package static func canonicalJSON<T: Encodable>(_ value: T) throws(OnboardingError) -> String {
        do {
            return try JSONValueEncoder().encode(value).jsonText
        } catch {
            throw .storedDefinitionUnreadable(detail: "\(error)")
        }
    }

    /// The first 12 hex digits, for people to read.
    package var shortHash: String { String(hash.prefix(12)) }
}
