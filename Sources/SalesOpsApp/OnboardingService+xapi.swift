import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore
import SalesOpsXAPI

/// What `import xapi` did with a file: every statement's outcome, in file order.
package struct XAPIImportReport: Sendable, Hashable, Encodable {
    package var source: String
    package var statements: Int
    package var recorded: Int
    package var alreadyRecorded: Int
    package var voided: Int
    package var skipped: Int
    /// The last page's `more` link: the LRS holds statements beyond this file.
    package var more: String?
    package var results: [XAPIStatementResult]
}

/// One statement of an imported file and what became of it.
package struct XAPIStatementResult: Sendable, Hashable, Encodable {
    package enum Outcome: String, Sendable, Hashable, Encodable {
        /// A new event was stored.
        case recorded
        /// The store holds it already (imported before, or recorded the same way by a command).
        case alreadyRecorded = "already-recorded"
        /// A voiding statement voided it: not recorded, or its stored event no longer counts.
        case voided
        /// A voiding statement.
        case voids
        /// Nothing recorded; `reason` and `message` say why.
        case skipped
    }

    package var position: StatementPosition
    package var statement: String
    package var verb: String
    package var outcome: Outcome
    package var person: String?
    package var track: String?
    package var step: String?
    /// The event recorded or found: `enrolled`, `completed`, `waived`, `attempted`, `voided`.
    package var event: String?
    /// For an attempt, the step's verifier's decision.
    package var passed: Bool?
    package var reason: XAPIUnmatched.Reason?
    package var message: String?
}

extension OnboardingService {
    /// Imports the xAPI statements of a file (`source` names it in messages). Invalid statements
    /// refuse the whole file, each listed with its position. Valid ones are applied in
    /// timestamp order through the same rules as `onboard complete|attempt|waive`, keyed by
    /// statement id so that importing again changes nothing; those that match no person or
    /// step, or that the rules refuse, are reported as skipped. What is recorded is written in
    /// one transaction.
    package func importXAPI(_ bytes: [UInt8], source: String) throws(AppError) -> XAPIImportReport {
        let document: XAPIDocument
        do {
            document = try XAPIDocument.parse(bytes)
        } catch {
            throw .xapiRefused(source: source, problems: [error])
        }
        var statements: [(position: StatementPosition, statement: XAPIStatement)] = []
        var problems: [XAPIProblem] = []
        for (position, json) in document.statements {
            do {
                statements.append((position, try XAPIStatement(json, at: position)))
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw .xapiRefused(source: source, problems: problems) }
        let workspace = try open(writing: true)
        let registry = try workspace.registry
        let results = try workspace.exclusive { () throws(AppError) -> [XAPIStatementResult] in
            var importer = try XAPIImporter(workspace: workspace, registry: registry, statements: statements)
            let results = try importer.run()
            let written = try OnboardingWorkspace.storing { () throws(StoreError) in
                try workspace.store.write(StoreBatch(events: importer.newEvents))
            }
            guard written.eventsAppended == importer.newEvents.count else {
                throw .store(StoreError(code: 0, message: "an imported statement's event was stored while importing; import the file again",
                                        path: workspace.store.location))
            }
            return results
        }
        func count(_ outcome: XAPIStatementResult.Outcome) -> Int { results.count { $0.outcome == outcome } }
        return XAPIImportReport(source: source, statements: results.count, recorded: count(.recorded), alreadyRecorded: count(.alreadyRecorded),
                                voided: count(.voided), skipped: count(.skipped), more: document.more, results: results)
    }

    /// Every enrolment's enrolment, completions, waivers and attempts as xAPI statements,
    /// those dated on or after `since` when given; enrolment by enrolment, in the order recorded.
    package func exportXAPI(since: CalendarDate?) throws(AppError) -> [JSONValue] {
        let workspace = try open(writing: false)
        let histories = try OnboardingWorkspace.storing { () throws(StoreError) in try workspace.store.histories(EnrolmentFilter()) }
        var statements: [JSONValue] = []
        for history in histories {
            let plan = try workspace.plan(for: history.enrolment)
            statements += XAPIStatementWriter.statements(person: history.person, track: plan.version.track,
                                                         events: history.events, since: since)
        }
        return statements
    }
}

/// One import under the store's write lock: the store's enrolments, the statements in
/// timestamp order, and the events they make.
private struct XAPIImporter {
    let workspace: OnboardingWorkspace
    let registry: PluginRegistry
    let statements: [(position: StatementPosition, statement: XAPIStatement)]
    let matcher: XAPIMatcher
    var histories: [EnrolmentKey: (history: EnrolmentHistory, plan: TrackPlan)] = [:]
    /// Stored and new events by the statement id they export as.
    var known: [String: OnboardingEvent] = [:]
    private(set) var newEvents: [OnboardingEvent] = []

    init(workspace: OnboardingWorkspace, registry: PluginRegistry,
         statements: [(position: StatementPosition, statement: XAPIStatement)]) throws(AppError) {
        self.workspace = workspace
        self.registry = registry
        self.statements = statements
        var enrolments: [XAPIEnrolment] = []
        for history in try OnboardingWorkspace.storing({ () throws(StoreError) in try workspace.store.histories(EnrolmentFilter()) }) {
            for event in history.events { known[XAPIVocabulary.statementID(of: event)] = event }
            // An enrolment whose pinned version cannot be used takes no statements; its person's are skipped.
            guard let plan = try? workspace.plan(for: history.enrolment) else { continue }
            histories[history.enrolment.key] = (history, plan)
            let emails = [history.person.email].compactMap { $0 } + history.events.compactMap { event in
                if case .detailsChanged(let details, _) = event.payload { return details.email }
                return nil
            }
            enrolments.append(XAPIEnrolment(key: history.enrolment.key, emails: emails, steps: plan.steps.map(\.id),
                                            mapping: plan.version.track.spec.xapi))
        }
        matcher = XAPIMatcher(enrolments: enrolments)
    }

    mutating func run() throws(AppError) -> [XAPIStatementResult] {
        let inFile = Dictionary(statements.map { ($0.statement.id, $0.position) }) { first, _ in first }
        var voidedBy: [String: StatementPosition] = [:]
        for (position, statement) in statements {
            if statement.verb == XAPIVerb.voided.rawValue, case .statementRef(let target) = statement.object { voidedBy[target] = position }
        }
        // The order things happened, so a step is completed after the steps it depends on.
        let ordered = statements.sorted { ($0.statement.timestamp.instant, $0.position) < ($1.statement.timestamp.instant, $1.position) }
        var results: [XAPIStatementResult] = []
        for (position, statement) in ordered {
            var result = XAPIStatementResult(position: position, statement: statement.id, verb: statement.verb, outcome: .skipped)
            if let event = known[statement.id] {
                result.outcome = voidedBy[statement.id] == nil ? .alreadyRecorded : .voided
                describe(&result, event)
            } else if let voider = voidedBy[statement.id] {
                result.outcome = .voided
                result.message = "voided by the statement at \(voider)"
            } else {
                try apply(statement, to: &result, inFile: inFile)
            }
            results.append(result)
        }
        return results.sorted { $0.position < $1.position }
    }

    private mutating func apply(_ statement: XAPIStatement, to result: inout XAPIStatementResult,
                                inFile: [String: StatementPosition]) throws(AppError) {
        switch matcher.match(statement) {
        case .unmatched(let unmatched):
            result.reason = unmatched.reason
            result.message = unmatched.message
        case .voids(let target):
            if let event = known[target] {
                try void(event, by: statement, result: &result)
            } else if let position = inFile[target] {
                result.outcome = .voids
                result.message = "voids the statement at \(position)"
            } else {
                result.reason = .refused
                result.message = "voids statement \(target), which is neither in this file nor in the store"
            }
        case .request(let key, let request):
            result.person = key.person
            result.track = key.track
            result.step = request.step
            guard let found = histories[key] else { return }
            let (history, plan) = (found.history, found.plan)
            if case .enrolment = request {
                result.outcome = .alreadyRecorded
                result.event = OnboardingEvent.Kind.enrolled.rawValue
                return
            }
            let state = EnrolmentState(plan: plan, person: history.person, enrolment: history.enrolment, events: history.events,
                                       today: workspace.today(for: history, plan: plan))
            var rules = workspace.rules(today: state.today)
            rules.recorded = history.events
            let day = statement.timestamp.date
            var event: OnboardingEvent
            do throws(OnboardingError) {
                switch request {
                case .complete(let step, let evidence, let note):
                    event = try rules.complete(state, plan: plan, step: step, on: day, note: note, evidence: evidence, registry: registry)
                case .attempt(let step, let score, let evidence, let value, let signedOffBy, let note):
                    event = try rules.attempt(state, plan: plan, step: step, on: day, score: score, evidence: evidence, value: value,
                                              signedOffBy: signedOffBy, note: note, registry: registry)
                case .waive(let step, let note):
                    event = try rules.waive(state, plan: plan, step: step, on: day, note: note)
                case .enrolment:
                    return
                }
            } catch {
                result.reason = .refused
                result.message = error.description
                return
            }
            guard event.sequence == 0 else {
                result.outcome = .alreadyRecorded
                describe(&result, event)
                return
            }
            event.idempotencyKey = XAPIVocabulary.idempotencyKey(ofStatement: statement.id)
            append(event, statement: statement.id)
            result.outcome = .recorded
            describe(&result, event)
        }
    }

    /// Records that `statement` voids the stored `target`: a `voided` event naming its key.
    private mutating func void(_ target: OnboardingEvent, by statement: XAPIStatement, result: inout XAPIStatementResult) throws(AppError) {
        describe(&result, target)
        guard [.completed, .waived, .attempted].contains(target.kind) else {
            result.reason = .refused
            result.message = "voids a statement recorded as \(target.kind.rawValue); only completions, waivers and attempts are voided"
            return
        }
        let events = histories[target.enrolment]?.history.events ?? []
        if let stored = events.first(where: { $0.payload == .voided(key: target.idempotencyKey, note: nil) }) {
            result.outcome = .alreadyRecorded
            result.event = stored.kind.rawValue
            return
        }
        let rules = workspace.rules(today: statement.timestamp.date)
        let event = OnboardingEvent(enrolment: target.enrolment, payload: .voided(key: target.idempotencyKey, note: nil),
                                    date: statement.timestamp.date, recordedAt: rules.recordedAt, actor: rules.actor,
                                    idempotencyKey: XAPIVocabulary.idempotencyKey(ofStatement: statement.id))
        append(event, statement: statement.id)
        result.outcome = .recorded
        result.event = event.kind.rawValue
        result.message = "voids the \(target.kind.rawValue) event #\(target.sequence)"
    }

    /// Adds a new event, numbered after the stored ones while the import decides so that a
    /// later statement finds it as recorded; the store numbers it for real.
    private mutating func append(_ event: OnboardingEvent, statement: String) {
        var provisional = event
        provisional.sequence = Int64.max / 2 + Int64(newEvents.count)
        histories[event.enrolment]?.history.events.append(provisional)
        known[statement] = provisional
        newEvents.append(event)
    }

    private func describe(_ result: inout XAPIStatementResult, _ event: OnboardingEvent) {
        result.person = event.enrolment.person
        result.track = event.enrolment.track
        result.step = event.step
        result.event = event.kind.rawValue
        if case .attempted(_, let attempt) = event.payload { result.passed = attempt.passed }
    }
}
