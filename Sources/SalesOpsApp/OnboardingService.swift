import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsStore

/// Enrolling people, recording their progress and reporting where they stand. Each call opens
/// the store, does one use case and returns what happened as data; the caller words it.
package struct OnboardingService {
    /// The store used when no path is given: `salesops.db` in the working folder.
    package static let defaultStorePath = SQLiteStore.defaultFileName

    package var storePath: String
    /// The date every person's "today" is, instead of the clock's.
    package var today: CalendarDate?
    package var catalog: CatalogService
    package var plugins: PluginSettings
    /// Called with the plugins that could not be loaded (they are skipped).
    package var skippedPlugins: ([PluginLoadFailure]) -> Void
    /// Who records events (and signs sign-offs); nil: the login name.
    /// Trusted as given: the command line does not authenticate.
    package var actor: String?
    /// When set (by the server), each use case borrows a connection, the plugins and the
    /// catalog from it instead of opening and reading its own.
    package var pool: StorePool?

    package init(storePath: String, today: CalendarDate? = nil, catalog: CatalogService, plugins: PluginSettings, actor: String? = nil,
                skippedPlugins: @escaping ([PluginLoadFailure]) -> Void = { _ in }) {
        self.storePath = storePath
        self.today = today
        self.catalog = catalog
        self.plugins = plugins
        self.actor = actor
        self.skippedPlugins = skippedPlugins
    }

    /// The services over what `pool` opened, recording as `actor`.
    package init(pool: StorePool, today: CalendarDate? = nil, actor: String? = nil) {
        self.init(storePath: pool.location, today: today, catalog: pool.catalogService, plugins: pool.pluginSettings, actor: actor)
        self.pool = pool
    }

    /// Writing use cases create the store on first use; reports only read an existing one.
    package func open(writing: Bool) throws(AppError) -> OnboardingWorkspace {
        if let pool { return try OnboardingWorkspace(pool: pool, writing: writing, today: today, actor: actor) }
        return try OnboardingWorkspace(storePath: storePath, writing: writing, today: today, catalog: catalog, plugins: plugins,
                                       actor: actor, skippedPlugins: skippedPlugins)
    }

    /// The catalog: the pool's, else read (with the plugins) now.
    package func loadCatalog() throws(AppError) -> Catalog {
        if let pool { return pool.catalog }
        return try catalog.load(plugins: try PluginService.load(plugins))
    }
}

// MARK: Enrolling

package struct EnrolRequest: Sendable {
    /// The person with the details given at enrolment; `timezone` defaults to the track calendar's,
    /// `contact` (for a customer) signs customer sign-offs.
    package var person: Person
    package var track: String
    package var start: CalendarDate

    package init(person: String, track: String, start: CalendarDate, manager: String? = nil, email: String? = nil,
                timezone: String? = nil, contact: String? = nil) {
        self.person = Person(id: person, email: email, manager: manager, timezone: timezone, contact: contact)
        self.track = track
        self.start = start
    }
}

package struct EnrolResult: Sendable, Hashable {
    package var key: EnrolmentKey
    /// The pinned track version (a SHA-256 of its content).
    package var trackVersion: String
    package var start: CalendarDate
    /// The first business day on or after `start`.
    package var effectiveStart: CalendarDate
    /// False when the same enrolment was stored already and nothing changed.
    package var enrolled: Bool
}

package struct ImportResult: Sendable, Hashable {
    package var rows: Int
    package var enrolmentsAdded: Int
    package var unchanged: Int { rows - enrolmentsAdded }
}

extension OnboardingService {
    /// Enrols a person on the catalog's current version of a track; enrolling again the same
    /// way changes nothing, another way is refused.
    package func enrol(_ request: EnrolRequest) throws(AppError) -> EnrolResult {
        let person = request.person
        guard Person.isValidID(person.id) else { throw .onboarding(.invalidPersonID(person.id)) }
        if let timezone = person.timezone, TimeZone(identifier: timezone) == nil { throw .onboarding(.invalidTimezone(timezone)) }
        let workspace = try open(writing: true)
        let version = try workspace.currentVersion(of: request.track)
        let key = EnrolmentKey(person: person.id, track: request.track)
        let enrolment = Enrolment(key: key, trackVersion: version.hash, calendarVersion: version.calendarHash, start: request.start)
        let plan = try OnboardingWorkspace.deciding { () throws(OnboardingError) in try TrackPlan(version: version) }
        let rules = workspace.rules(today: workspace.today(for: person, plan: plan))
        let store = workspace.store
        // Decided under the write lock: of two enrolments racing, the second sees the first.
        let enrolled = try workspace.exclusive { () throws(AppError) -> Bool in
            guard let events = try workspace.enrolmentEvents(enrolment, person: person, rules: rules) else { return false }
            _ = try OnboardingWorkspace.storing { () throws(StoreError) in
                try store.write(StoreBatch(people: [person], definitions: StoredDefinition.pinning(version),
                                           enrolments: [enrolment], events: events))
            }
            return true
        }
        return EnrolResult(key: key, trackVersion: version.hash, start: request.start,
                           effectiveStart: plan.schedule(start: request.start).effectiveStart, enrolled: enrolled)
    }

    /// Enrols everyone in a hires CSV (`source` names it in problems), its columns found by
    /// `columns`, all or nothing: any bad row refuses the whole file with every problem listed.
    package func importHires(csv text: String, source: String, columns: HireColumns = HireColumns()) throws(AppError) -> ImportResult {
        let workspace = try open(writing: true)
        let catalog = try workspace.catalog
        let rows: [HireRow]
        switch HireRow.parse(text, knownTracks: catalog.tracks.map(\.name), columns: columns) {
        case .success(let parsed): rows = parsed
        case .failure(let problems): throw .importRefused(source: source, problems: problems.problems)
        }
        _ = try workspace.registry
        let store = workspace.store
        // Decided and written under one write lock, so a concurrent enrolment cannot slip in between.
        let summary = try workspace.exclusive { () throws(AppError) -> StoreWriteSummary in
            var versions: [String: TrackVersion] = [:]
            var plans: [String: TrackPlan] = [:]
            var batch = StoreBatch()
            var problems: [ImportProblem] = []
            for row in rows {
                let version: TrackVersion
                if let known = versions[row.track] {
                    version = known
                } else {
                    do throws(AppError) {
                        version = try workspace.currentVersion(of: row.track)
                    } catch .onboarding(let error) {
                        problems.append(ImportProblem(line: row.line, column: "track", message: error.description))
                        continue
                    }
                    versions[row.track] = version
                    plans[row.track] = try OnboardingWorkspace.deciding { () throws(OnboardingError) in try TrackPlan(version: version) }
                    batch.definitions += StoredDefinition.pinning(version)
                }
                let enrolment = Enrolment(key: EnrolmentKey(person: row.person.id, track: row.track), trackVersion: version.hash,
                                          calendarVersion: version.calendarHash, start: row.start)
                let rules = workspace.rules(today: workspace.today(for: row.person, plan: plans[row.track]!))
                do throws(AppError) {
                    guard let events = try workspace.enrolmentEvents(enrolment, person: row.person, rules: rules) else { continue }
                    batch.people.append(row.person)
                    batch.enrolments.append(enrolment)
                    batch.events += events
                } catch .onboarding(let error) {
                    let column = if case .alreadyEnrolled = error { "start" } else { "person" }
                    problems.append(ImportProblem(line: row.line, column: column, message: error.description))
                }
            }
            guard problems.isEmpty else { throw .importRefused(source: source, problems: problems) }
            return try OnboardingWorkspace.storing { () throws(StoreError) in try store.write(batch) }
        }
        return ImportResult(rows: rows.count, enrolmentsAdded: summary.enrolmentsAdded)
    }
}

// MARK: Recording

/// A person's step, and when and why something happened to it.
package struct StepRequest: Sendable {
    /// The person, which of their tracks (needed when they are on several), when it happened
    /// (default: the person's today) and the note.
    package var change: LifecycleRequest
    package var step: String

    package init(person: String, step: String, track: String? = nil, on: CalendarDate? = nil, note: String? = nil) {
        self.change = LifecycleRequest(person: person, track: track, on: on, note: note)
        self.step = step
    }
}

/// What a certification attempt submits for the step's verifier to decide.
package struct AttemptSubmission: Sendable {
    package var score: Double?
    package var evidence: Int?
    package var value: Double?
    /// Pieces of evidence with their fields, for verifiers that read them (plugin ABI 2).
    package var evidenceItems: [EvidenceItem]

    package init(score: Double? = nil, evidence: Int? = nil, value: Double? = nil, evidenceItems: [EvidenceItem] = []) {
        self.score = score
        self.evidence = evidence
        self.value = value
        self.evidenceItems = evidenceItems
    }
}

package struct RepinResult: Sendable {
    package var key: EnrolmentKey
    /// The version the enrolment was pinned to before.
    package var previousVersion: String
    package var currentVersion: String
    /// The re-pin event; nil when the enrolment was on the current version already.
    package var event: OnboardingEvent?
    /// Steps with recorded events that the current version no longer has: kept in the history, no longer counted.
    package var droppedSteps: [String]
}

extension OnboardingService {
    /// Records that the person completed the step (with `evidence`, an attempt at a certification).
    package func complete(_ request: StepRequest, evidence: Int? = nil) throws(AppError) -> RecordedEvent {
        try record(request) { workspace, state, plan, rules throws(AppError) in
            let registry = try workspace.registry
            return try OnboardingWorkspace.deciding { () throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: request.step, on: request.change.on, note: request.change.note,
                                   evidence: evidence, registry: registry)
            }
        }
    }

    /// Excuses the person from the step; it counts as done.
    package func waive(_ request: StepRequest) throws(AppError) -> RecordedEvent {
        try record(request) { _, state, plan, rules throws(AppError) in
            try OnboardingWorkspace.deciding { () throws(OnboardingError) in
                try rules.waive(state, plan: plan, step: request.step, on: request.change.on, note: request.change.note)
            }
        }
    }

    /// Records a certification attempt; the step's verifier decides whether it passed.
    package func attempt(_ request: StepRequest, submitting submission: AttemptSubmission) throws(AppError) -> RecordedEvent {
        try record(request) { workspace, state, plan, rules throws(AppError) in
            let registry = try workspace.registry
            return try OnboardingWorkspace.deciding { () throws(OnboardingError) in
                try rules.attempt(state, plan: plan, step: request.step, on: request.change.on, score: submission.score,
                                  evidence: submission.evidence, value: submission.value, note: request.change.note,
                                  evidenceItems: submission.evidenceItems, registry: registry)
            }
        }
    }

    /// Records a sign-off by `signer` (default: the actor; the signer is the event's actor). Only
    /// whom the step allows may sign (`OnboardingRules.signers`); the step's verifier decides.
    package func signoff(_ request: StepRequest, by signer: String? = nil) throws(AppError) -> RecordedEvent {
        let signer = signer ?? OnboardingWorkspace.actor(given: actor)
        return try record(request, actor: signer) { workspace, state, plan, rules throws(AppError) in
            let registry = try workspace.registry
            return try OnboardingWorkspace.deciding { () throws(OnboardingError) in
                try rules.attempt(state, plan: plan, step: request.step, on: request.change.on, signedOffBy: signer,
                                  note: request.change.note, registry: registry)
            }
        }
    }

    /// Opens the store and records the event `decide` makes for the request's enrolment.
    private func record(_ request: StepRequest, actor: String? = nil,
                        _ decide: (OnboardingWorkspace, EnrolmentState, TrackPlan, OnboardingRules) throws(AppError) -> OnboardingEvent)
        throws(AppError) -> RecordedEvent {
        let workspace = try open(writing: true)
        return try workspace.record(person: request.change.person, track: request.change.track, actor: actor) {
            state, plan, rules throws(AppError) in
            try decide(workspace, state, plan, rules)
        }
    }

    /// Moves the person's enrolment to the catalog's current version of its track.
    package func repin(_ request: LifecycleRequest) throws(AppError) -> RepinResult {
        let workspace = try open(writing: true)
        _ = try workspace.catalog
        _ = try workspace.registry
        let store = workspace.store
        let (history, event, version) = try workspace.exclusive {
            () throws(AppError) -> (EnrolmentHistory, OnboardingEvent?, TrackVersion) in
            let history = try workspace.history(person: request.person, track: request.track)
            let version = try workspace.currentVersion(of: history.enrolment.track)
            let plan = try OnboardingWorkspace.deciding { () throws(OnboardingError) in try TrackPlan(version: version) }
            let rules = workspace.rules(today: workspace.today(for: history, plan: plan))
            guard let event = rules.repin(history.enrolment, to: version, note: request.note) else { return (history, nil, version) }
            var pinned = history.enrolment
            pinned.trackVersion = version.hash
            pinned.calendarVersion = version.calendarHash
            _ = try OnboardingWorkspace.storing { () throws(StoreError) in
                try store.write(StoreBatch(definitions: StoredDefinition.pinning(version), pins: [pinned], events: [event]))
            }
            return (history, event, version)
        }
        // Events of steps the new version no longer has stay in the history but stop counting.
        let steps = Set(version.track.spec.steps.map(\.id))
        let dropped = event == nil ? [] : Set(history.events.compactMap(\.step)).subtracting(steps).sorted()
        return RepinResult(key: history.enrolment.key, previousVersion: history.enrolment.trackVersion, currentVersion: version.hash,
                           event: event, droppedSteps: dropped)
    }
}

// MARK: Reports

/// Which enrolments a report covers.
package struct ReportQuery: Sendable, Hashable {
    package var manager: String?
    package var track: String?
    /// A start month, `YYYY-MM`.
    package var cohort: String?
    /// For the anonymised reports: the fewest distinct people a group shown may hold (k).
    package var minimumGroupSize: Int

    package init(manager: String? = nil, track: String? = nil, cohort: String? = nil,
                minimumGroupSize: Int = AnonymousGroups.defaultMinimumGroupSize) {
        self.manager = manager
        self.track = track
        self.cohort = cohort
        self.minimumGroupSize = minimumGroupSize
    }
}

/// The rows a team query found, and the enrolments left out because their pinned version
/// cannot be used (`OnboardingError.enrolmentUnreadable`, each with its repair).
package struct TeamReport<Row: Sendable>: Sendable {
    package var rows: [Row]
    package var problems: [OnboardingError]
}

/// Where the selected enrolments stand.
package typealias StatusReport = TeamReport<EnrolmentState>
/// Overdue steps, most overdue first.
package typealias OverdueReport = TeamReport<OverdueStep>
/// Certifications in their renewal window or expired, soonest expiry first.
package typealias ExpiringReport = TeamReport<ExpiringCertification>
/// The forecasts of the enrolments with steps left.
package typealias ForecastReport = TeamReport<EnrolmentForecast>

/// A row of `onboard overdue`; its JSON form is the command's.
package struct OverdueStep: Sendable, Hashable, Encodable {
    package var person: String
    package var manager: String?
    package var track: String
    package var step: String
    package var owner: String
    package var due: CalendarDate
    package var daysOverdue: Int
    package var blockedBy: [String]
}

/// A row of `onboard expiring`; its JSON form is the command's.
package struct ExpiringCertification: Sendable, Hashable, Encodable {
    package var person: String
    package var manager: String?
    package var track: String
    package var step: String
    /// The certification's name (the step's title when it has none).
    package var certification: String
    package var certifiedOn: CalendarDate
    package var renewalOpensOn: CalendarDate?
    package var expiresOn: CalendarDate
    package var state: CertificationPeriod.State
}

extension OnboardingService {
    /// One person's enrolment (on `track`, or their only one) as of their today.
    package func status(person: String, track: String?) throws(AppError) -> EnrolmentState {
        let workspace = try open(writing: false)
        return try workspace.forecastState(of: try workspace.history(person: person, track: track))
    }

    /// Every enrolment the query selects; a query naming no track or manager in the store is
    /// an error with the nearest name.
    package func status(_ query: ReportQuery) throws(AppError) -> StatusReport {
        try open(writing: false).report(query)
    }

    /// Every step past its due date that is not done.
    package func overdue(_ query: ReportQuery) throws(AppError) -> OverdueReport {
        let report = try status(query)
        let steps = report.rows.flatMap { state in
            state.steps.filter { $0.status == .overdue }.map { step in
                OverdueStep(person: state.person.id, manager: state.person.manager, track: state.enrolment.track, step: step.id,
                            owner: step.owner, due: step.due, daysOverdue: step.due.days(until: state.today), blockedBy: step.blockedBy)
            }
        }.sorted { ($1.daysOverdue, $0.person, $0.step) < ($0.daysOverdue, $1.person, $1.step) }
        return OverdueReport(rows: steps, problems: report.problems)
    }

    /// Certifications that expire within `period` of each person's today, and those expired.
    package func expiring(_ query: ReportQuery, within period: DatePeriod) throws(AppError) -> ExpiringReport {
        let report = try status(query)
        var found: [ExpiringCertification] = []
        for state in report.rows where state.health != .withdrawn {
            let horizon = period.added(to: state.today)
            for step in state.steps {
                guard let last = step.periods.last, let expires = last.expiresOn, expires <= horizon else { continue }
                found.append(ExpiringCertification(
                    person: state.person.id, manager: state.person.manager, track: state.enrolment.track, step: step.id,
                    certification: step.certification ?? step.title, certifiedOn: last.certifiedOn,
                    renewalOpensOn: last.renewalOpensOn, expiresOn: expires, state: last.state(on: state.today)))
            }
        }
        found.sort { ($0.expiresOn, $0.person, $0.step) < ($1.expiresOn, $1.person, $1.step) }
        return ExpiringReport(rows: found, problems: report.problems)
    }

    /// Every recorded event of the person (on `track` only, when given), in the order recorded.
    package func history(person: String, track: String?) throws(AppError) -> [OnboardingEvent] {
        let workspace = try open(writing: false)
        let histories: [EnrolmentHistory]
        if let track {
            histories = [try workspace.history(person: person, track: track)]
        } else {
            _ = try workspace.person(person)
            histories = try OnboardingWorkspace.storing { () throws(StoreError) in
                try workspace.store.histories(EnrolmentFilter(person: person))
            }
        }
        return histories.flatMap(\.events).sorted { $0.sequence < $1.sequence }
    }
}

extension OnboardingWorkspace {
    /// The states a query selects, each on its person's today; an enrolment whose pinned
    /// version cannot be used is a problem that never hides the others.
    func report(_ query: ReportQuery) throws(AppError) -> StatusReport {
        // The manager is the one on each person's today (transfers move people), so it is matched after deriving.
        let filter = EnrolmentFilter(track: query.track, cohort: query.cohort)
        var inputs: [EnrolmentState.Input] = []
        var problems: [OnboardingError] = []
        // Every manager anyone has had, for telling a mistyped --manager from one with nobody today.
        var managers: Set<String> = []
        for history in try Self.storing({ () throws(StoreError) in try store.histories(filter) }) {
            if query.manager != nil {
                if let manager = history.person.manager { managers.insert(manager) }
                for event in history.events { if case .transferred(let manager, _) = event.payload { managers.insert(manager) } }
            }
            do throws(AppError) {
                let plan = try plan(for: history.enrolment)
                inputs.append(EnrolmentState.Input(plan: plan, person: history.person, enrolment: history.enrolment,
                                                   events: history.events, today: today(for: history, plan: plan)))
            } catch .onboarding(let problem) {
                // Without a plan there is no person's today: the manager is read as of the clock's.
                if let manager = query.manager,
                   history.person.asOf(todayOverride ?? Dates.today(), events: history.events).manager != manager { continue }
                problems.append(problem)
            }
        }
        // Health needs the forecast ("at risk": forecast to finish late), which learns from the
        // track's finished enrolments: all of them are here unless a cohort narrowed the query.
        var states = EnrolmentState.derive(inputs)
        try forecast(&states, inputs: inputs, wholeTracks: query.cohort == nil)
        if let manager = query.manager {
            states = states.filter { $0.person.manager == manager }
            if states.isEmpty, problems.isEmpty, !managers.isEmpty, !managers.contains(manager) {
                let known = managers.sorted()
                throw .onboarding(.notFound(NotFound(kind: "manager", name: manager, place: .store, among: known, showingKnown: true)))
            }
        }
        if states.isEmpty, problems.isEmpty { try checkFilter(filter) }
        return StatusReport(rows: states, problems: problems)
    }

    /// When a filter matched nothing because it names no track in the store: an
    /// error with the nearest name. An empty store or a real empty match is not an error.
    func checkFilter(_ filter: EnrolmentFilter) throws(AppError) {
        if let track = filter.track {
            let known = Set(try Self.storing { () throws(StoreError) in try store.enrolments(person: nil).map(\.track) }).sorted()
            if !known.isEmpty, !known.contains(track) {
                throw .onboarding(.notFound(NotFound(kind: "track", name: track, place: .catalog, among: known, showingKnown: true)))
            }
        }
    }
}
