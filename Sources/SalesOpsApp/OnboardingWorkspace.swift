import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsStore
import SalesOpsStorePostgres

/// What an onboarding use case works with: the store, and on demand the catalog, the plugin
/// registry and pinned track plans. The services open one per call.
package final class OnboardingWorkspace {
    package let store: any OnboardingStore
    package let catalogService: CatalogService
    package let pluginSettings: PluginSettings
    /// `--today`: the date every person's "today" is, instead of the clock's.
    package let todayOverride: CalendarDate?
    /// Who records: the actor the face gives, else the login name (resolved once).
    package let actor: String
    /// Called once with the plugins that could not be loaded (they are skipped).
    private let skippedPlugins: ([PluginLoadFailure]) -> Void
    /// When the workspace opened, in UTC (ISO 8601): the time every event it records carries.
    private let openedAt: String = Dates.nowUTC()
    /// The pool the store was borrowed from, if it was.
    let borrowedFrom: StorePool?
    private var loadedCatalog: Catalog?
    private var loadedRegistry: PluginRegistry?
    private var plans: [String: TrackPlan] = [:]

    /// Opens the store at `storePath` (see `openStore`): `writing` use cases create it on first
    /// use; reports only read an existing one.
    package init(storePath: String, writing: Bool, today: CalendarDate?, catalog: CatalogService, plugins: PluginSettings,
                actor: String? = nil, skippedPlugins: @escaping ([PluginLoadFailure]) -> Void = { _ in }) throws(AppError) {
        todayOverride = today
        self.actor = Self.actor(given: actor)
        catalogService = catalog
        pluginSettings = plugins
        self.skippedPlugins = skippedPlugins
        borrowedFrom = nil
        store = try Self.storing { () throws(StoreError) in try Self.openStore(storePath, create: writing) }
    }

    /// Borrows a connection from `pool`, with the plugins and catalog it loaded once (the
    /// server's way: nothing is opened or read per request).
    package init(pool: StorePool, writing: Bool, today: CalendarDate?, actor: String? = nil) throws(AppError) {
        todayOverride = today
        self.actor = Self.actor(given: actor)
        catalogService = pool.catalogService
        pluginSettings = pool.pluginSettings
        skippedPlugins = { _ in }
        loadedRegistry = pool.plugins.registry
        loadedCatalog = pool.catalog
        borrowedFrom = pool
        store = try pool.borrow(create: writing)
    }

    /// The one place a store is chosen: a `postgres://` or `postgresql://` URL is a PostgreSQL
    /// database, anything else a SQLite file.
    package static func openStore(_ location: String, create: Bool) throws(StoreError) -> any OnboardingStore {
        if PostgresStore.isURL(location) { return try PostgresStore(url: location, create: create) }
        return try SQLiteStore(path: location, create: create)
    }

    /// `location` as messages show it: a URL without its password.
    package static func displayedStore(_ location: String) -> String {
        PostgresStore.isURL(location) ? PostgresStore.redact(location) : location
    }

    /// True when `location` names a PostgreSQL store rather than a file (whose relative path
    /// the caller resolves).
    package static func isServerStore(_ location: String) -> Bool { PostgresStore.isURL(location) }

    // MARK: Catalog and plugins

    package var catalog: Catalog {
        get throws(AppError) {
            if let loadedCatalog { return loadedCatalog }
            let catalog = try catalogService.load(registry: try registry)
            loadedCatalog = catalog
            return catalog
        }
    }

    package var registry: PluginRegistry {
        get throws(AppError) {
            if let loadedRegistry { return loadedRegistry }
            let loaded = try PluginService.load(pluginSettings)
            if !loaded.report.failures.isEmpty { skippedPlugins(loaded.report.failures) }
            loadedRegistry = loaded.registry
            return loaded.registry
        }
    }

    /// The catalog's track `name` with its calendar, checked through its track kind.
    package func currentVersion(of name: String) throws(AppError) -> TrackVersion {
        let catalog = try catalog
        let registry = try registry
        let track = try Self.deciding { () throws(OnboardingError) in try Self.track(name, in: catalog) }
        try Self.deciding { () throws(OnboardingError) in try OnboardingRules.checkTrack(track.descriptor, registry: registry) }
        let badParameters = catalog.parameterProblems(in: track.descriptor, PluginService.capabilities(of: registry))
        guard badParameters.isEmpty else { throw AppError.invalidCatalog(directory: catalogService.directory, errors: badParameters) }
        return try Self.deciding { () throws(OnboardingError) in try TrackVersion(track: track.descriptor, calendar: track.calendar) }
    }

    /// The catalog's track `name` and its calendar, or the error naming the nearest track.
    static func track(_ name: String, in catalog: Catalog) throws(OnboardingError) -> (descriptor: Track, calendar: CalendarDescriptor) {
        guard let track = catalog.track(named: name) else {
            let names = catalog.tracks.map(\.name)
            throw OnboardingError.notFound(NotFound(kind: "track", name: name, place: .catalog, among: names, showingKnown: true))
        }
        guard let calendar = catalog.calendar(named: track.spec.calendar) else {
            throw OnboardingError.unknownCalendar(track: name, calendar: track.spec.calendar)
        }
        return (track, calendar)
    }

    // MARK: The store

    /// The plan of the track version an enrolment is pinned to; when that version is missing or
    /// no longer reads or plans, an error naming the enrolment and its repair (`onboard repin`).
    package func plan(for enrolment: Enrolment) throws(AppError) -> TrackPlan {
        let key = enrolment.trackVersion + "/" + enrolment.calendarVersion
        if let plan = plans[key] { return plan }
        func unusable(_ problem: String) -> AppError {
            .onboarding(.enrolmentUnreadable(enrolment.key, version: enrolment.trackVersion, problem: problem))
        }
        guard let trackJSON = try Self.storing({ () throws(StoreError) in try store.definition(enrolment.trackVersion) }) else {
            throw unusable("the track version is missing from the store")
        }
        guard let calendarJSON = try Self.storing({ () throws(StoreError) in try store.definition(enrolment.calendarVersion) }) else {
            throw unusable("its calendar version \(enrolment.calendarVersion.prefix(12)) is missing from the store")
        }
        let plan: TrackPlan
        do {
            plan = try TrackPlan(version: TrackVersion(trackJSON: trackJSON, calendarJSON: calendarJSON))
        } catch .storedDefinitionUnreadable(let detail) {
            throw unusable("it no longer reads as a track (\(detail))")
        } catch {
            throw unusable(error.description)
        }
        plans[key] = plan
        return plan
    }

    /// The stored person, or an error suggesting the nearest id.
    package func person(_ id: String) throws(AppError) -> Person {
        guard Person.isValidID(id) else { throw .onboarding(.invalidPersonID(id)) }
        if let person = try Self.storing({ () throws(StoreError) in try store.person(id) }) { return person }
        let known = try Self.storing { () throws(StoreError) in try store.people().map(\.id) }
        throw .onboarding(.notFound(NotFound(kind: "person", name: id, place: .store, among: known)))
    }

    /// The person's enrolment on `track`, or their only one when no track is given.
    package func history(person id: String, track: String?) throws(AppError) -> EnrolmentHistory {
        _ = try person(id)
        let histories = try Self.storing { () throws(StoreError) in try store.histories(EnrolmentFilter(person: id)) }
        let tracks = histories.map(\.enrolment.track)
        if let track {
            guard let match = histories.first(where: { $0.enrolment.track == track }) else {
                throw .onboarding(.notEnrolled(person: id, track: track, tracks: tracks))
            }
            return match
        }
        guard let only = histories.first else { throw .onboarding(.notEnrolled(person: id, track: nil, tracks: [])) }
        guard histories.count == 1 else { throw .onboarding(.severalEnrolments(person: id, tracks: tracks)) }
        return only
    }

    /// The state of one enrolment today (the person's today).
    package func state(of history: EnrolmentHistory) throws(AppError) -> EnrolmentState {
        let plan = try plan(for: history.enrolment)
        return EnrolmentState(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                              today: today(for: history, plan: plan))
    }

    /// `--today`, else the person's calendar date in their time zone as of that day (a
    /// detail change may have moved them).
    package func today(for history: EnrolmentHistory, plan: TrackPlan) -> CalendarDate {
        let first = today(for: history.person, plan: plan)
        guard todayOverride == nil, history.events.contains(where: { $0.kind == .detailsChanged }) else { return first }
        return today(for: history.person.asOf(first, events: history.events), plan: plan)
    }

    /// `--today`, else the person's calendar date in their time zone (or the calendar's).
    package func today(for person: Person, plan: TrackPlan) -> CalendarDate {
        if let todayOverride { return todayOverride }
        let zone = person.timezone.flatMap(TimeZone.init(identifier:))
            ?? TimeZone(identifier: plan.version.calendar.spec.timezone) ?? TimeZone(identifier: "UTC")!
        return Dates.today(in: zone)
    }

    /// The rules, recording as `actor` (else the workspace's), stamped with the clock's UTC
    /// time when the workspace opened: one instant for everything one command or request
    /// records (and one formatter, not one per imported row).
    package func rules(today: CalendarDate, actor: String? = nil) -> OnboardingRules {
        OnboardingRules(today: today, recordedAt: openedAt, actor: actor ?? self.actor)
    }

    /// Who acts: `given` (the CLI's `--as`, `SALESOPS_ACTOR` or `USER`; the server's signed-in
    /// account), else the login name. Trusted as it is: the command line does not authenticate.
    package static func actor(given: String?) -> String {
        if let given, !given.isEmpty { return given }
        return NSUserName()
    }

    /// The events enrolling `person` as `enrolment` records: the enrolment, the transfers and
    /// detail changes the person's other enrolments carry (each enrolment holds them all), and
    /// any details given that differ from the person's current ones, on every enrolment.
    /// Nil when the same enrolment is stored already.
    package func enrolmentEvents(_ enrolment: Enrolment, person: Person, rules: OnboardingRules) throws(AppError) -> [OnboardingEvent]? {
        let histories = try Self.storing { () throws(StoreError) in try store.histories(EnrolmentFilter(person: person.id)) }
        let existing = histories.first { $0.enrolment.track == enrolment.track }
        let changes = (existing ?? histories.first)?.events.filter { $0.kind == .transferred || $0.kind == .detailsChanged } ?? []
        let current = histories.first.map { $0.person.asOf(rules.today, events: changes) }
        guard let enrolled = try Self.deciding({ () throws(OnboardingError) in
            try rules.enrol(enrolment, person: person, existing: existing?.enrolment, stored: current)
        }) else { return nil }
        var events = [enrolled]
        guard let current else { return events }
        events += changes.map { change in
            var copy = change
            copy.sequence = 0
            copy.enrolment = enrolment.key
            copy.idempotencyKey = change.idempotencyKey + "/" + enrolment.track
            return copy
        }
        let details = PersonDetails(email: person.email, timezone: person.timezone, contact: person.contact)
        for key in histories.map(\.enrolment.key) + [enrolment.key] {
            if let manager = person.manager, let event = rules.transfer(key, current: current, to: manager, on: nil, note: nil) {
                events.append(event)
            }
            if let event = rules.changeDetails(key, current: current, to: details, on: nil, note: nil) { events.append(event) }
        }
        return events
    }
}

/// What `record` did: the event appended, or the stored event that already records the same.
package struct RecordedEvent: Sendable {
    package let event: OnboardingEvent
    /// The plan the event was decided against (for what it means: a certification's expiry).
    package let plan: TrackPlan
    /// True when the store already held this event and nothing was written.
    package let alreadyRecorded: Bool

    /// The end of the certification period a passed attempt opened, when the step's certification expires.
    package var certifiedUntil: CalendarDate? {
        guard case .attempted(_, let attempt) = event.payload, attempt.passed, let step = event.step,
              let validFor = plan.steps.first(where: { $0.id == step })?.certification?.validFor else { return nil }
        return validFor.added(to: event.date)
    }
}

extension OnboardingWorkspace {
    /// Under the store's write lock: derives the enrolment's state, lets `decide` turn the
    /// request into an event, and appends it. A request the store already records (the rules
    /// answer with the stored event) changes nothing.
    package func record(person: String, track: String?, actor: String? = nil,
                       _ decide: (EnrolmentState, TrackPlan, OnboardingRules) throws(AppError) -> OnboardingEvent) throws(AppError) -> RecordedEvent {
        // Plugins load before the lock is taken, so writers hold it only to decide and append.
        _ = try registry
        let (event, plan) = try exclusive { () throws(AppError) -> (OnboardingEvent, TrackPlan) in
            let history = try self.history(person: person, track: track)
            let plan = try self.plan(for: history.enrolment)
            let state = EnrolmentState(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                                       today: today(for: history, plan: plan))
            var rules = self.rules(today: state.today, actor: actor)
            rules.recorded = history.events
            let event = try decide(state, plan, rules)
            guard event.sequence == 0 else { return (event, plan) }
            guard try Self.storing({ () throws(StoreError) in try store.write(StoreBatch(events: [event])) }).eventsAppended == 1 else {
                throw .onboarding(.conflictingEvent(key: event.idempotencyKey, person: person))
            }
            return (event, plan)
        }
        return RecordedEvent(event: event, plan: plan, alreadyRecorded: event.sequence != 0)
    }

    /// `body` under the store's write lock, so what it reads cannot change before it writes.
    package func exclusive<T>(_ body: () throws(AppError) -> T) throws(AppError) -> T {
        do {
            // Thrown, not returned, so the store rolls back what the body began.
            return try store.exclusive { () throws -> T in try body() }
        } catch let error as AppError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            // Taking and releasing the lock fails only with the store's own errors.
            throw .store(StoreError(code: 0, message: "\(error)", path: store.location))
        }
    }

    static func storing<T>(_ body: () throws(StoreError) -> T) throws(AppError) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    static func deciding<T>(_ body: () throws(OnboardingError) -> T) throws(AppError) -> T {
        do { return try body() } catch { throw .onboarding(error) }
    }
}
