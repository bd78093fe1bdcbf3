import SalesOpsBasics

/// Stable pseudonyms for people: `person-` and the first 10 hex digits of HMAC-SHA256(key, id).
///
/// The same key always gives the same pseudonym, so reports from one store can be compared
/// over time; without the key (which stays in the store) a pseudonym cannot be traced back
/// by hashing candidate names.
public struct Pseudonymizer: Sendable {
    private let key: [UInt8]

    public init(key: [UInt8]) {
        self.key = key
    }

    public func pseudonym(for person: String) -> String {
        "person-" + String(HMACSHA256.hex(for: Array(person.utf8), key: key).prefix(10))
    }

    /// The state with the person's id and email replaced; the manager stays (the audience of
    /// an anonymised report is the team around the people, not the people themselves).
    public func anonymize(_ state: EnrolmentState) -> EnrolmentState {
        var copy = state
        let alias = pseudonym(for: state.person.id)
        copy.person = Person(id: alias, email: nil, manager: state.person.manager, timezone: state.person.timezone)
        copy.enrolment = EnrolmentKey(person: alias, track: state.enrolment.track)
        return copy
    }
}
