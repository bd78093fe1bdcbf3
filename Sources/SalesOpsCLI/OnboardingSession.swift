import ArgumentParser
import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPlugins
import SalesOpsStore

/// What an onboarding command works with: the store, and on demand the catalog, the plugin
/// registry and pinned track plans. Turns the engine's and the store's errors into a message
/// on stderr and exit code 1.
final class OnboardingSession {
    let storeOptions: StoreOptions
    let catalogOptions: CatalogOptions
    let pluginOptions: PluginOptions
    let store: SQLiteStore
    let todayOverride: CalendarDate?
    private var loadedCatalog: Catalog?
    private var loadedRegistry: PluginRegistry?
    private var plans: [String: TrackPlan] = [:]

    init(_ storeOptions: StoreOptions, catalog: CatalogOptions, plugins: PluginOptions) throws {
        self.storeOptions = storeOptions
        self.catalogOptions = catalog
        self.pluginOptions = plugins
        todayOverride = try storeOptions.today.map { text throws(OnboardingError) in
            guard let date = CalendarDate(iso: text) else { throw .invalidDate(option: "--today", text: text) }
            return date
        }
        store = try SQLiteStore(path: storeOptions.store)
    }

    /// Runs a command body, reporting refusals as `salesops: message` and exit code 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as OnboardingError {
            Output.error(error.description)
            throw ExitCode(1)
        } catch let error as StoreError {
            Output.error(error.description)
            throw ExitCode(1)
        } catch let error as ImportProblems {
            Output.error(error.description)
            throw ExitCode(1)
        }
    }

    // MARK: Catalog and plugins

    var catalog: Catalog {
        get throws {
            if let loadedCatalog { return loadedCatalog }
            let catalog = try catalogOptions.load()
            loadedCatalog = catalog
            return catalog
        }
    }

    var registry: PluginRegistry {
        get throws {
            if let loadedRegistry { return loadedRegistry }
            var registry = PluginRegistry()
            let report = try pluginOptions.load(into: &registry)
            for failure in report.failures { Output.error("plugin not loaded: \(failure)") }
            loadedRegistry = registry
            return registry
        }
    }

    /// The catalog's track `name` with its calendar, checked through its track kind.
    func currentVersion(of name: String) throws -> TrackVersion {
        let catalog = try catalog
        guard let track = catalog.track(named: name) else {
            let names = catalog.tracks.map(\.name)
            throw OnboardingError.unknownTrack(name, suggestion: Suggestion.nearest(to: name, in: names), known: names)
        }
        guard let calendar = catalog.calendar(named: track.spec.calendar) else {
            throw OnboardingError.unknownCalendar(track: name, calendar: track.spec.calendar)
        }
        try OnboardingDesk.checkTrack(track, registry: try registry)
        return try TrackVersion(track: track, calendar: calendar)
    }

    // MARK: The store

    /// The plan of the track version an enrolment is pinned to.
    func plan(for enrolment: Enrolment) throws -> TrackPlan {
        let key = enrolment.trackVersion + "/" + enrolment.calendarVersion
        if let plan = plans[key] { return plan }
        guard let trackJSON = try store.definition(enrolment.trackVersion),
              let calendarJSON = try store.definition(enrolment.calendarVersion)
        else {
            throw OnboardingError.storedDefinitionUnreadable(detail: "version \(enrolment.trackVersion.prefix(12)) of \(enrolment.track) is missing")
        }
        let plan = try TrackPlan(version: TrackVersion(trackJSON: trackJSON, calendarJSON: calendarJSON))
        plans[key] = plan
        return plan
    }

    /// The stored person, or an error suggesting the nearest id.
    func person(_ id: String) throws -> Person {
        guard Person.isValidID(id) else { throw OnboardingError.invalidPersonID(id) }
        if let person = try store.person(id) { return person }
        throw OnboardingError.unknownPerson(id, suggestion: Suggestion.nearest(to: id, in: try store.people().map(\.id)))
    }

    /// The person's enrolment on `track`, or their only one when no track is given.
    func history(person id: String, track: String?) throws -> EnrolmentHistory {
        _ = try person(id)
        let histories = try store.histories(EnrolmentFilter(person: id))
        let tracks = histories.map(\.enrolment.track)
        if let track {
            guard let match = histories.first(where: { $0.enrolment.track == track }) else {
                throw OnboardingError.notEnrolled(person: id, track: track, tracks: tracks)
            }
            return match
        }
        guard let only = histories.first else { throw OnboardingError.notEnrolled(person: id, track: nil, tracks: []) }
        guard histories.count == 1 else { throw OnboardingError.severalEnrolments(person: id, tracks: tracks) }
        return only
    }

    /// The state of one enrolment today (the person's today).
    func state(of history: EnrolmentHistory) throws -> EnrolmentState {
        let plan = try plan(for: history.enrolment)
        return EnrolmentState(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                              today: today(for: history.person, plan: plan))
    }

    /// `--today`, else the person's calendar date in their time zone (or the calendar's).
    func today(for person: Person, plan: TrackPlan) -> CalendarDate {
        if let todayOverride { return todayOverride }
        let zone = person.timezone.flatMap(TimeZone.init(identifier:))
            ?? TimeZone(identifier: plan.version.calendar.spec.timezone) ?? TimeZone(identifier: "UTC")!
        return Self.date(in: zone)
    }

    /// Today's date in `zone`, from the system clock.
    static func date(in zone: TimeZone) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// A desk that records as the current user, stamped with the clock's UTC time.
    func desk(today: CalendarDate, actor: String? = nil) -> OnboardingDesk {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let environment = ProcessInfo.processInfo.environment
        let who = actor ?? environment["SALESOPS_ACTOR"] ?? environment["USER"] ?? "salesops"
        return OnboardingDesk(today: today, recordedAt: formatter.string(from: Date()), actor: who)
    }

    /// Parses an optional `--on` date.
    static func date(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else { throw OnboardingError.invalidDate(option: option, text: text) }
        return date
    }
}

extension OnboardingSession {
    /// Derives the enrolment's state, lets `decide` turn the request into an event, appends
    /// it, and prints what was recorded.
    func record(person: String, track: String?, actor: String? = nil,
                _ decide: (EnrolmentState, TrackPlan, OnboardingDesk) throws -> OnboardingEvent) throws {
        let history = try history(person: person, track: track)
        let plan = try plan(for: history.enrolment)
        let state = EnrolmentState(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                                   today: today(for: history.person, plan: plan))
        let event = try decide(state, plan, desk(today: state.today, actor: actor))
        let summary = try store.write(StoreBatch(events: [event]))
        let step = event.step ?? ""
        guard summary.eventsAppended == 1 else {
            print("Already recorded: \(event.kind.rawValue) \(step) for \(person); nothing changed")
            return
        }
        switch event.kind {
        case .attempted:
            let passed = event.details.passed ?? false
            var line = "\(person) · \(step): attempt \(event.details.attemptNumber ?? 1) on \(event.date) "
            line += passed ? "passed" : "did not pass"
            line += " (\(event.details.reason ?? ""))"
            if passed, let certification = plan.steps.first(where: { $0.id == step })?.certification,
               let validFor = certification.validFor {
                line += "; certified until \(validFor.added(to: event.date))"
            }
            print(line)
        default:
            print("\(person) · \(step): \(event.kind.rawValue) on \(event.date)")
        }
    }
}
