import Foundation
import Hummingbird
import SalesOpsApp
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsChecklist
import SalesOpsDecision
import SalesOpsEvaluation
import SalesOpsEvaluationReports
import SalesOpsOnboarding
import SalesOpsYAML

/// The JSON API under `/api`, described by `/openapi.json` (`OpenAPIDocument`).
struct APIRoutes {
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {
        let api = router.group("api")
        api.get("me") { _, context in
            let account = try context.require(Access.everyone)
            return try JSONReply.response(Me(role: account.role, person: account.person, token: account.tokenID))
        }
        api.get("catalog", use: catalog)
        api.post("evaluations", use: evaluate)
        api.get("enrolments", use: enrolments)
        api.post("enrolments", use: enrol)
        api.get("anonymous/enrolments", use: anonymousEnrolments)
        api.get("anonymous/rollups", use: anonymousRollups)
        api.get("forecasts", use: forecasts)
        api.get("overdue", use: overdue)
        api.get("people/:person/status", use: personStatus)
        api.get("people/:person/checklist", use: checklist)
        api.get("people/:person/forecast", use: personForecast)
        api.get("people/:person/history", use: history)
        api.post("people/:person/events", use: record)
        api.get("store/check", use: storeCheck)
        api.get("tracks/:track", use: trackDefinition)
        api.post("tracks/:track", use: editTrack)
    }

    struct Me: Encodable {
        var role: AccessRole
        var person: String?
        var token: String
    }

    // MARK: Catalog and evaluations

    struct CatalogEntry: Encodable, Sendable {
        var kind: String
        var name: String
        var title: String
    }

    func catalog(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try context.require(Access.everyone)
        let kind = request.uri.queryParameters.get("kind")
        let settings = settings
        let entries = try await offload { () throws -> [CatalogEntry] in
            let catalog = try settings.loadCatalog()
            return catalog.namesByKind.filter { kind == nil || $0.kind.lowercased() == kind?.lowercased() }.flatMap { group in
                group.names.map { CatalogEntry(kind: group.kind, name: $0, title: catalog.title(kind: group.kind, name: $0)) }
            }
        }
        return try JSONReply.response(entries)
    }

    struct EvaluationBody: Decodable, Sendable {
        var evaluation: String?
        var team: String?
        var categories: [String]?
        var method: String?
        var samples: Int?
        var seed: UInt64?
    }

    func evaluate(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try context.require([.admin, .enablement, .manager, .viewer])
        let body = try await Self.decode(EvaluationBody.self, request)
        let evaluationRequest = try settings.evaluationRequest(body.evaluation, team: body.team, categories: body.categories ?? [],
                                                                method: body.method, samples: body.samples, seed: body.seed)
        let settings = settings
        let json = try await offload { () throws -> String in try EvaluationJSON.render(try settings.evaluate(evaluationRequest).report) }
        return JSONReply.text(json)
    }

    // MARK: Lists

    func enrolments(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.require(Access.named)
        let query = try Self.query(request, account)
        let rows = try await offload { () throws -> [EnrolmentSummary] in
            let service = settings.onboarding()
            return try Self.states(service, query, account).map(EnrolmentSummary.init)
        }
        return try JSONReply.response(rows)
    }

    func forecasts(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.require(Access.named)
        let query = try Self.query(request, account)
        let rows = try await offload { () throws -> [EnrolmentForecast] in
            let service = settings.onboarding()
            return try Self.noneForNewManager(account) { () throws(AppError) in
                try service.forecast(query).rows.filter { Access.shows($0.person, to: account) }
            }
        }
        return try JSONReply.response(rows)
    }

    /// `salesops store check` for an admin: every row read back and the database's own check.
    func storeCheck(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try context.require([.admin])
        let location = settings.storePath
        let report = try await offload { () throws -> StoreCheckReport in try StoreService(location: location).check() }
        return try JSONReply.response(report)
    }

    func overdue(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.require(Access.named)
        let query = try Self.query(request, account)
        let rows = try await offload { () throws -> [OverdueStep] in
            let service = settings.onboarding()
            return try Self.noneForNewManager(account) { () throws(AppError) in
                try service.overdue(query).rows.filter { Access.shows($0.person, to: account) }
            }
        }
        return try JSONReply.response(rows)
    }

    func anonymousEnrolments(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try context.require([.admin, .enablement, .manager, .viewer])
        let query = Self.anonymousQuery(request)
        let list = try await offload { () throws -> AnonymousReportDocument<AnonymousEnrolment> in
            let service = settings.onboarding()
            return try service.anonymousStatus(query).document(key: "enrolments")
        }
        return try JSONReply.response(list)
    }

    func anonymousRollups(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try context.require([.admin, .enablement, .manager, .viewer])
        let query = Self.anonymousQuery(request)
        guard let by = Rollup.Dimension(rawValue: request.uri.queryParameters.get("by") ?? "manager") else {
            throw APIError(.badRequest, "by is manager, track or cohort")
        }
        let list = try await offload { () throws -> AnonymousReportDocument<Rollup> in
            try settings.onboarding().anonymousRollups(query, by: by).document(key: "groups")
        }
        return try JSONReply.response(list)
    }

    /// An anonymised report's query; its group size is never below the default, so no one can
    /// shrink the groups that hide people.
    static func anonymousQuery(_ request: Request) -> ReportQuery {
        let parameters = request.uri.queryParameters
        let k = max(parameters.get("minGroup", as: Int.self) ?? 0, AnonymousGroups.defaultMinimumGroupSize)
        return ReportQuery(track: parameters.get("track"), cohort: parameters.get("cohort"), minimumGroupSize: k)
    }

    // MARK: One person

    func personStatus(_ request: Request, context: ServerContext) async throws -> Response {
        try await person(request, context) { service, person, track in try JSONValueEncoder().prettyText(service.status(person: person, track: track)) }
    }

    func checklist(_ request: Request, context: ServerContext) async throws -> Response {
        try await person(request, context) { service, person, track in
            try ChecklistService(onboarding: service).checklist(person: person, track: track).checklist.json()
        }
    }

    func personForecast(_ request: Request, context: ServerContext) async throws -> Response {
        try await person(request, context) { service, person, track in
            try JSONValueEncoder().prettyText(service.forecast(person: person, track: track))
        }
    }

    func history(_ request: Request, context: ServerContext) async throws -> Response {
        try await person(request, context) { service, person, track in
            try JSONValueEncoder().prettyText(service.history(person: person, track: track).map(EventSummary.init))
        }
    }

    /// A read about one person the account may see, answered with the JSON `body` makes.
    private func person(_ request: Request, _ context: ServerContext,
                        _ body: @escaping @Sendable (OnboardingService, String, String?) throws -> String) async throws -> Response {
        let account = try context.require(Access.named)
        let person = try context.parameters.require("person")
        let track = request.uri.queryParameters.get("track")
        let json = try await offload { () throws -> String in
            let service = settings.onboarding()
            try Access.checkPerson(person, account, service)
            return try body(service, person, track)
        }
        return JSONReply.text(json)
    }

    // MARK: Changes

    struct EnrolBody: Decodable, Sendable {
        var person: String
        var track: String
        var start: CalendarDate
        var manager: String?
        var email: String?
        var timezone: String?
        var contact: String?
    }

    func enrol(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.require(Access.staff)
        let body = try await Self.decode(EnrolBody.self, request)
        let result = try await offload { () throws -> EnrolResult in
            let service = settings.onboarding(actor: account.actor)
            return try service.enrol(EnrolRequest(person: body.person, track: body.track, start: body.start, manager: body.manager,
                                           email: body.email, timezone: body.timezone, contact: body.contact))
        }
        return try JSONReply.response(Enrolled(result), status: result.enrolled ? .created : .ok)
    }

    struct Enrolled: Encodable, Sendable {
        var person: String
        var track: String
        var trackVersion: String
        var start: CalendarDate
        var effectiveStart: CalendarDate
        var enrolled: Bool

        init(_ result: EnrolResult) {
            person = result.key.person
            track = result.key.track
            trackVersion = result.trackVersion
            start = result.start
            effectiveStart = result.effectiveStart
            enrolled = result.enrolled
        }
    }

    struct RecordBody: Decodable, Sendable {
        var kind: RecordKind
        var step: String
        var track: String?
        var on: CalendarDate?
        var note: String?
        var score: Double?
        var evidence: Int?
        var value: Double?
    }

    func record(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.require(Access.named)
        let person = try context.parameters.require("person")
        let body = try await Self.decode(RecordBody.self, request)
        try Access.checkRecording(body.kind, account)
        let recorded = try await Self.record(body, person: person, account: account, settings: settings)
        return try JSONReply.response(Recorded(recorded), status: recorded.alreadyRecorded ? .ok : .created)
    }

    /// Records `body` about `person` as `account` (the event's actor), after checking they may; shared with the forms.
    static func record(_ body: RecordBody, person: String, account: Account, settings: ServerSettings) async throws -> RecordedEvent {
        if let note = body.note, note.count > 2000 { throw APIError(.badRequest, "a note is at most 2000 characters") }
        if let evidence = body.evidence, evidence < 0 { throw APIError(.badRequest, "evidence counts pieces of evidence; it cannot be negative") }
        return try await offload { () throws -> RecordedEvent in
            let service = settings.onboarding(actor: account.actor)
            try Access.checkPerson(person, account, service)
            let step = StepRequest(person: person, step: body.step, track: body.track, on: body.on, note: body.note)
            switch body.kind {
            case .complete: return try service.complete(step, evidence: body.evidence)
            case .attempt: return try service.attempt(step, submitting: AttemptSubmission(score: body.score, evidence: body.evidence, value: body.value))
            case .signoff: return try service.signoff(step)
            case .waive: return try service.waive(step)
            }
        }
    }

    struct Recorded: Encodable, Sendable {
        var recorded: Bool
        var event: EventSummary
        var certifiedUntil: CalendarDate?

        init(_ recorded: RecordedEvent) {
            self.recorded = !recorded.alreadyRecorded
            event = EventSummary(recorded.event)
            certifiedUntil = recorded.certifiedUntil
        }
    }

    // MARK: Tracks

    func trackDefinition(_ request: Request, context: ServerContext) async throws -> Response {
        _ = try context.require(Access.staff)
        let track = try context.parameters.require("track")
        let definition = try await offload { () throws -> TrackDefinitionText in try settings.onboarding().trackDefinition(track) }
        return try JSONReply.response(definition)
    }

    struct TrackEditBody: Decodable, Sendable {
        var yaml: String
    }

    /// A track's problems as the API answers them: each at its file, line and column.
    struct TrackEditRefusal: Encodable, Sendable {
        var error: String
        var problems: [SourceError]

        init(_ errors: [SourceError]) {
            error = "the edit was not saved: \(errors.count) problem(s)"
            problems = errors
        }
    }

    func editTrack(_ request: Request, context: ServerContext) async throws -> Response {
        let account = try context.require(Access.staff)
        let track = try context.parameters.require("track")
        let body = try await Self.decode(TrackEditBody.self, request)
        switch try await Self.editTrack(track, yaml: body.yaml, account: account, settings: settings) {
        case .saved(let edit): return try JSONReply.response(edit)
        case .refused(let errors): return try JSONReply.response(TrackEditRefusal(errors), status: .unprocessableContent)
        }
    }

    /// Saves `yaml` as track `track` for `account` (the edit's actor), after checking the role; shared with the form.
    static func editTrack(_ track: String, yaml: String, account: Account, settings: ServerSettings) async throws -> TrackEditOutcome {
        guard Access.staff.contains(account.role) else { throw APIError(.forbidden, "only enablement and admin edit tracks") }
        guard yaml.utf8.count <= 256 * 1024 else { throw APIError(.badRequest, "a track definition is at most 256 KiB") }
        return try await offload { () throws -> TrackEditOutcome in try settings.onboarding(actor: account.actor).editTrack(track, yaml: yaml) }
    }

    // MARK: Helpers

    static func query(_ request: Request, _ account: Account) throws -> ReportQuery {
        let parameters = request.uri.queryParameters
        return try Access.query(account, manager: parameters.get("manager"), track: parameters.get("track"), cohort: parameters.get("cohort"))
    }

    /// The states of `query` that `account` may see; a manager with nobody reporting to them sees none.
    static func states(_ service: OnboardingService, _ query: ReportQuery, _ account: Account) throws -> [EnrolmentState] {
        try noneForNewManager(account) { () throws(AppError) in
            try service.status(query).rows.filter { Access.shows($0.person.id, to: account) }
        }
    }

    /// `rows`, or none for a manager nobody has reported to yet (the store does not know them as a manager).
    static func noneForNewManager<Row>(_ account: Account, _ rows: () throws(AppError) -> [Row]) throws(AppError) -> [Row] {
        do {
            return try rows()
        } catch {
            if case .onboarding(.notFound(let missing)) = error, account.role == .manager, missing.kind == "manager" { return [] }
            throw error
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: 1 << 20)
        do {
            return try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError(.badRequest, "the request body is not what this route takes: \(Self.describe(error))")
        } catch {
            throw APIError(.badRequest, "the request body is not JSON")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "" : "`\(path)`: "
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context))missing `\(key.stringValue)`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context) + context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}

extension ServerSettings {
    /// An evaluation request from the API's or the form's fields, dated today (or `--today`).
    func evaluationRequest(_ evaluation: String?, team: String?, categories: [String], method: String?, samples: Int?,
                           seed: UInt64?) throws -> EvaluationRequest {
        var parsedCategories: [ToolCategory] = []
        for category in categories {
            guard let parsed = ToolCategory(rawValue: category) else { throw APIError(.badRequest, "unknown category \(category)") }
            parsedCategories.append(parsed)
        }
        var decision: DecisionMethod?
        if let method {
            guard let parsed = DecisionMethod(rawValue: method) else {
                throw APIError(.badRequest, "unknown method \(method) (wsm, wpm, topsis or vikor)")
            }
            decision = parsed
        }
        if let samples, !(0...100_000).contains(samples) { throw APIError(.badRequest, "samples must be between 0 and 100000") }
        return EvaluationRequest(evaluation: evaluation, team: team, categories: parsedCategories,
                                 options: EvaluationEngine.Options(method: decision, samples: samples, seed: seed, today: today ?? Dates.today()))
    }
}
