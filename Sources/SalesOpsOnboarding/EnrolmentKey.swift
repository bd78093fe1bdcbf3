/// Which enrolment an event belongs to: a person on a track (one enrolment per pair).
public struct EnrolmentKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var person: String
    public var track: String

    public init(person: String, track: String) {
        self.person = person
        self.track = track
    }

    public var description: String { "\(person) on \(track)" }

    public static func < (lhs: EnrolmentKey, rhs: EnrolmentKey) -> Bool {
        (lhs.person, lhs.track) < (rhs.person, rhs.track)
    }
}
