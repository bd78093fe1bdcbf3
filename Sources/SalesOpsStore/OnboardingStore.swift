import SalesOpsBasics
import SalesOpsOnboarding

/// Where people, enrolments and their append-only events live. SQLite implements it for one
/// machine (`SQLiteStore`); PostgreSQL for a team (`PostgresStore`, in SalesOpsStorePostgres),
/// with the same calls passing the same tests. Calls block the calling thread until done.
///
/// Contract:
/// - `write` is one transaction: all of a batch is stored, or none of it.
/// - Events are never updated or deleted; an event whose idempotency key is stored already
///   is skipped, so writing the same batch twice changes nothing.
/// - Concurrent writers wait for each other; none fails because another is writing.
/// - `exclusive` holds the write lock across reads and writes, so a command decides on the
///   state its write is appended to.
package protocol OnboardingStore: AnyObject {
    /// Where the store is, for messages (a file path or a server address).
    var location: String { get }

    /// The person with this id, with the details given when first enrolled.
    func person(_ id: String) throws(StoreError) -> Person?
    /// Every stored person, sorted by id (for listings and "did you mean" suggestions).
    func people() throws(StoreError) -> [Person]
    /// Enrolments, of one person or of everyone, sorted by person then track.
    func enrolments(person: String?) throws(StoreError) -> [Enrolment]
    /// The canonical JSON of a pinned track or calendar version.
    func definition(_ hash: String) throws(StoreError) -> String?
    /// Every pinned track and calendar version, sorted by hash (for `store export`).
    func definitions() throws(StoreError) -> [StoredDefinition]
    /// Enrolments matching `filter`, each with its person and its events in order.
    func histories(_ filter: EnrolmentFilter) throws(StoreError) -> [EnrolmentHistory]
    /// How many events are stored.
    func eventCount() throws(StoreError) -> Int
    /// Stores a batch in one transaction (see the contract above).
    @discardableResult
    func write(_ batch: StoreBatch) throws(StoreError) -> StoreWriteSummary
    /// The random key for pseudonyms, created on first use and kept in the store.
    func pseudonymKey() throws(StoreError) -> [UInt8]
    /// Replaces the pseudonym key with a new random one: every pseudonym changes, and the old
    /// ones can no longer be matched to anyone, even with the store.
    func rotatePseudonymKey() throws(StoreError)
    /// The keys that sign badges (Open Badges credentials): every key ever used, so that
    /// credentials signed before a rotation still verify, and which one signs now. The first
    /// call creates `key-1`.
    func badgeKeys() throws(StoreError) -> BadgeKeyRing
    /// Adds a new random signing key (`key-N`) and makes it the current one; the old keys stay.
    @discardableResult
    func rotateBadgeKey() throws(StoreError) -> BadgeKeyRing
    /// The highest schema migration applied.
    func schemaVersion() throws(StoreError) -> Int
    /// What the database itself finds wrong with the store (damaged pages, broken references, a
    /// missing append-only trigger), in words; empty when sound.
    func integrityProblems() throws(StoreError) -> [String]
    /// Runs `body` holding the write lock: no other writer can change what it reads until
    /// its writes commit; an error rolls all of them back.
    func exclusive<T>(_ body: () throws -> T) throws -> T
}

/// The badge signing keys a store keeps, in its `settings` table: `badge-key:ID` holds each
/// key's 32-byte Ed25519 seed and `badge-key-current` the id of the one that signs.
package struct BadgeKeyRing: Sendable, Hashable {
    /// Seeds by key id, oldest first.
    package var keys: [(id: String, seed: [UInt8])]
    package var current: String

    package init(keys: [(id: String, seed: [UInt8])], current: String) {
        self.keys = keys
        self.current = current
    }

    package static func == (left: BadgeKeyRing, right: BadgeKeyRing) -> Bool {
        left.current == right.current && left.keys.map(\.id) == right.keys.map(\.id) && left.keys.map(\.seed) == right.keys.map(\.seed)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(current)
        for key in keys { hasher.combine(key.id) }
    }

    static let prefix = "badge-key:"
    static let currentSetting = "badge-key-current"

    /// The ring from the settings rows (name, value) whose names start with `badge-key`; nil when there are none.
    package static func from(settings rows: [(name: String, value: [UInt8])]) -> BadgeKeyRing? {
        let current = rows.first { $0.name == currentSetting }.map { String(decoding: $0.value, as: UTF8.self) }
        let keys = rows.filter { $0.name.hasPrefix(prefix) }
            .map { (id: String($0.name.dropFirst(prefix.count)), seed: $0.value) }
            .sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
        guard let current, !keys.isEmpty else { return nil }
        return BadgeKeyRing(keys: keys, current: current)
    }

    /// The settings rows (name, value) that hold the ring: what `from(settings:)` reads.
    package var settings: [(name: String, value: [UInt8])] {
        keys.map { (Self.prefix + $0.id, $0.seed) } + [(Self.currentSetting, Array(current.utf8))]
    }

    /// `ring` with a new random key, `key-N` (one past the most keys ever made), as the current
    /// one; `key-1` alone when there is no ring yet.
    package static func adding(to ring: BadgeKeyRing?) -> BadgeKeyRing {
        let id = "key-\((ring?.keys.count ?? 0) + 1)"
        return BadgeKeyRing(keys: (ring?.keys ?? []) + [(id, randomKeyBytes())], current: id)
    }
}

/// 32 random bytes from the system's generator: a new pseudonym key or badge key seed.
package func randomKeyBytes() -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
}

/// Which enrolments to read; nil members match everything.
package struct EnrolmentFilter: Sendable, Hashable {
    package var person: String?
    package var manager: String?
    package var track: String?
    /// A start month, `YYYY-MM`.
    package var cohort: String?

    package init(person: String? = nil, manager: String? = nil, track: String? = nil, cohort: String? = nil) {
        self.person = person
        self.manager = manager
        self.track = track
        self.cohort = cohort
    }
}

/// An enrolment with its person and every event, in store order.
package struct EnrolmentHistory: Sendable, Hashable {
    package var person: Person
    package var enrolment: Enrolment
    package var events: [OnboardingEvent]

    package init(person: Person, enrolment: Enrolment, events: [OnboardingEvent]) {
        self.person = person
        self.enrolment = enrolment
        self.events = events
    }
}

/// A pinned track or calendar version: its hash, kind, name and canonical JSON.
package struct StoredDefinition: Sendable, Hashable {
    package var hash: String
    /// `Track` or `Calendar`.
    package var kind: String
    package var name: String
    package var content: String

    package init(hash: String, kind: String, name: String, content: String) {
        self.hash = hash
        self.kind = kind
        self.name = name
        self.content = content
    }

    /// The two definitions an enrolment on `version` refers to.
    package static func pinning(_ version: TrackVersion) -> [StoredDefinition] {
        [StoredDefinition(hash: version.hash, kind: "Track", name: version.track.name, content: version.trackJSON),
         StoredDefinition(hash: version.calendarHash, kind: "Calendar", name: version.calendar.name, content: version.calendarJSON)]
    }
}

/// What one transaction writes. People, definitions and enrolments are added when new (a
/// person's later details are events, never an update in place), pins move enrolments to other versions,
/// events are appended unless their key is stored.
package struct StoreBatch: Sendable {
    package var people: [Person]
    package var definitions: [StoredDefinition]
    package var enrolments: [Enrolment]
    /// Enrolled people to move to the track and calendar versions given (a re-pin).
    package var pins: [Enrolment]
    package var events: [OnboardingEvent]
    /// Events keep their `sequence` instead of being numbered after the stored ones: a store
    /// import into an empty store, which must read back as the store it came from.
    package var keepSequences: Bool
    /// A pseudonym key to store in place of any there (a store import).
    package var pseudonymKey: [UInt8]?
    /// Badge signing keys to store in place of any there (a store import).
    package var badgeKeys: BadgeKeyRing?

    package init(people: [Person] = [], definitions: [StoredDefinition] = [], enrolments: [Enrolment] = [],
                pins: [Enrolment] = [], events: [OnboardingEvent] = [], keepSequences: Bool = false, pseudonymKey: [UInt8]? = nil) {
        self.people = people
        self.definitions = definitions
        self.enrolments = enrolments
        self.pins = pins
        self.events = events
        self.keepSequences = keepSequences
        self.pseudonymKey = pseudonymKey
    }
}

/// What a write changed.
package struct StoreWriteSummary: Sendable, Hashable {
    package var enrolmentsAdded: Int
    package var eventsAppended: Int
    /// Events whose idempotency key was stored already.
    package var eventsSkipped: Int

    package init(enrolmentsAdded: Int = 0, eventsAppended: Int = 0, eventsSkipped: Int = 0) {
        self.enrolmentsAdded = enrolmentsAdded
        self.eventsAppended = eventsAppended
        self.eventsSkipped = eventsSkipped
    }
}
