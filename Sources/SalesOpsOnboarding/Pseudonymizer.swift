import SalesOpsBasics

/// Stable pseudonyms for people: `person-` and the first 10 hex digits of HMAC-SHA256(key, id).
///
/// The same key always gives the same pseudonym, so reports from one store can be compared
/// over time; without the key (which stays in the store) a pseudonym cannot be traced back
/// by hashing candidate names. Rotating the key (`onboard rotate-pseudonyms`) changes them all.
package struct Pseudonymizer: Sendable {
    private let key: [UInt8]

    package init(key: [UInt8]) {
        self.key = key
    }

    package func pseudonym(for person: String) -> String {
        "person-" + String(HMACSHA256.hex(for: Array(person.utf8), key: key).prefix(10))
    }
}
