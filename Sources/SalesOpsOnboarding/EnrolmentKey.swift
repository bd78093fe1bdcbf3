/// Which enrolment an event belongs to: a person on a track (one enrolment per pair).
package struct EnrolmentKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package var person: String
    package var track: String

    package init(person: String, track: String) {
        self.person = person
        self.track = track
    }

    package var description: String { "\(person) on \(track)" }

    package static func < (lhs: EnrolmentKey, rhs: EnrolmentKey) -> Bool {
        (lhs.person, lhs.track) < (rhs.person, rhs.track)
    }
}
