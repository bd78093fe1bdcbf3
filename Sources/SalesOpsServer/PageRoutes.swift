import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import SalesOpsApp
import SalesOpsBasics
import SalesOpsChecklist
import SalesOpsEvaluationReports
import SalesOpsOnboarding
import SalesOpsYAML

/// The server-rendered pages: sign-in, the onboarding board, a person's page with its forms,
/// the evaluation form and report, and calendar subscriptions. Forms are plain POSTs that work
/// without JavaScript; each carries the session's form token, and the session cookie is
/// SameSite=Strict, so another site cannot submit them.
struct PageRoutes {
    let settings: ServerSettings
    let sessions: SessionStore

    func add(to router: Router<ServerContext>) {
        router.get("style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: PageTemplates.styleSheet)))
        }
        router.get("signin") { request, context in
            if context.account != nil { return Self.redirect("/") }
            return signInPage(request, context: context)
        }
        router.post("signin", use: signIn)
        router.post("signout", use: signOut)
        router.get("/", use: board)
        router.get("people/:person", use: person)
        router.post("people/:person/record", use: recordForm)
        router.get("evaluate", use: evaluationForm)
        router.get("evaluate/report", use: evaluationReport)
        router.get("calendar/:token/:kind/:file", use: calendar)
        router.get("tracks", use: tracks)
        router.get("tracks/:track", use: trackPage)
        router.post("tracks/:track", use: trackForm)
    }

    // MARK: Signing in and out

    /// The sign-in form, with a new form token that a cookie of its own carries too: a sign-in
    /// posted from another site has no such cookie (SameSite=Strict), so it is refused, and
    /// nobody can sign a browser in to an account of theirs.
    func signInPage(_ request: Request, context: ServerContext, error: String? = nil,
                    status: HTTPResponse.Status = .ok) -> Response {
        let formToken = SessionStore.randomText()
        var response = Self.page("Sign in", template: "signin", ["formToken": formToken], context: context, error: error, status: status)
        response.headers[.setCookie] = cookie(SessionStore.signInCookieName, formToken, path: "/signin", maxAge: 3600, request)
        return response
    }

    /// An HttpOnly, SameSite=Strict cookie, Secure behind TLS.
    func cookie(_ name: String, _ value: String, path: String, maxAge: Int, _ request: Request) -> String {
        var cookie = "\(name)=\(value); Path=\(path); Max-Age=\(maxAge); HttpOnly; SameSite=Strict"
        if settings.secureCookies || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https" { cookie += "; Secure" }
        return cookie
    }

    func signIn(_ request: Request, context: ServerContext) async throws -> Response {
        let form = try await Self.form(request)
        guard let formToken = request.cookies[SessionStore.signInCookieName]?.value,
              HMACSHA256.constantTimeEquals(form["formToken"] ?? "", formToken) else {
            return signInPage(request, context: context, error: "This sign-in form has expired or came from another site; sign in here.",
                              status: .forbidden)
        }
        let token = form["token"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard try await offload({ () throws -> Account? in try settings.tokens.authenticate(token) }) != nil else {
            return Self.page("Sign in", template: "signin", ["formToken": formToken], context: context,
                             error: "That token is not valid (or was revoked).", status: .unauthorized)
        }
        let session = await sessions.start(token: token)
        var response = Self.redirect("/")
        response.headers[.setCookie] = cookie(SessionStore.cookieName, session.id, path: "/", maxAge: Int(SessionStore.lifetime), request)
        return response
    }

    func signOut(_ request: Request, context: ServerContext) async throws -> Response {
        let form = try await Self.form(request)
        if let session = context.session, HMACSHA256.constantTimeEquals(form["formToken"] ?? "", session.formToken) {
            await sessions.end(session.id)
        }
        var response = Self.redirect("/signin")
        response.headers[.setCookie] = "\(SessionStore.cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
        return response
    }

    // MARK: The board

    struct BoardRow {
        var person, link, manager, track, progress, health, healthLabel, nextDue, overdue, expiring, forecast: String
    }

    struct Group {
        var name: String
        var rows: [BoardRow]
    }

    struct Option {
        var value: String
        var selected: Bool
    }

    func board(_ request: Request, context: ServerContext) async throws -> Response {
        guard let account = context.account else { return Self.redirect("/signin") }
        let parameters = request.uri.queryParameters
        let track = parameters.get("track").flatMap { $0.isEmpty ? nil : $0 }
        let cohort = parameters.get("cohort").flatMap { $0.isEmpty ? nil : $0 }
        let by = Rollup.Dimension(rawValue: parameters.get("by") ?? "") ?? .manager
        if account.role == .viewer {
            let query = ReportQuery(track: track, cohort: cohort)
            do {
                let (report, rollups) = try await offload { () throws -> (AnonymousReport<AnonymousEnrolment>, AnonymousReport<Rollup>) in
                    (try settings.onboarding().anonymousStatus(query), try settings.onboarding().anonymousRollups(query, by: by))
                }
                let rows = report.rows.map { row in
                    ["pseudonym": row.pseudonym, "manager": row.manager, "track": row.track, "startWeek": row.startWeek.description,
                     "progress": Self.percent(row.progress), "health": row.health.label, "nextDueWeek": row.nextDueWeek?.description ?? ""]
                }
                let groups = rollups.rows.map { rollup in
                    ["group": rollup.group, "enrolments": "\(rollup.enrolments)", "onTrack": "\(rollup.onTrack)", "atRisk": "\(rollup.atRisk)",
                     "late": "\(rollup.late)", "completed": "\(rollup.completed)", "certifications": "\(rollup.certifications)",
                     "overdueRate": Self.percent(rollup.overdueRate)]
                }
                let values: [String: Any] = [
                    "k": report.minimumGroupSize, "withheld": report.withheld > 0 ? "\(report.withheld)" : false, "rows": rows,
                    "groups": groups, "by": by.rawValue,
                    "dimensions": Rollup.Dimension.allCases.map { Option(value: $0.rawValue, selected: $0 == by) },
                ]
                return Self.page("Onboarding board (anonymised)", template: "anonymous", values, context: context)
            } catch let error as APIError {
                return Self.page("Onboarding board", template: "anonymous", [String: Any](), context: context, error: error.message, status: error.status)
            }
        }
        let query = try Access.query(account, manager: nil, track: track, cohort: cohort)
        let managerFeed = account.role == .manager ? account.person.map { "manager/\($0)" } : nil
        let (states, calendarKey): ([EnrolmentState], String?)
        do {
            (states, calendarKey) = try await offload { () throws -> ([EnrolmentState], String?) in
                let service = settings.onboarding()
                let tokens = settings.tokens
                let states = try APIRoutes.states(service, query, account)
                let key = try managerFeed.flatMap { feed throws(AppError) in try tokens.calendarKey(tokenID: account.tokenID, feed: feed) }
                return (states, key)
            }
        } catch let error as APIError {
            return Self.page("Onboarding board", template: "board", ["dimensions": [Option]()], context: context, error: error.message, status: error.status)
        }
        var groups: [String: [BoardRow]] = [:]
        for state in states {
            let name = switch by {
            case .manager: state.person.manager ?? "(no manager)"
            case .track: state.enrolment.track
            case .cohort: String(state.start.description.prefix(7))
            }
            groups[name, default: []].append(Self.row(state))
        }
        let late = states.count { $0.forecast?.finishesLate == true }
        let overdue = states.count { $0.hasOverdueStep }
        let values: [String: Any?] = [
            "dimensions": Rollup.Dimension.allCases.map { Option(value: $0.rawValue, selected: $0 == by) },
            "track": track ?? "", "cohort": cohort ?? "",
            "summary": "\(states.count) enrolment\(states.count == 1 ? "" : "s") · \(overdue) with overdue steps · \(late) forecast to finish late",
            "calendar": managerFeed.flatMap { feed in calendarKey.map { "/calendar/\(account.tokenID)/\(feed).ics?key=\($0)" } },
            "groups": groups.keys.sorted().map { Group(name: $0, rows: groups[$0]!) },
        ]
        return Self.page("Onboarding board", template: "board", values.compactMapValues { $0 }, context: context)
    }

    static func row(_ state: EnrolmentState) -> BoardRow {
        let overdue = state.steps.count { $0.status == .overdue }
        let horizon = state.today.adding(days: 30)
        let expiring = state.steps.compactMap { step -> String? in
            guard let period = step.periods.last, let expires = period.expiresOn, expires <= horizon else { return nil }
            return "\(step.certification ?? step.title) \(expires <= state.today ? "expired" : "expires") \(expires)"
        }
        let forecast = state.forecast.map { $0.finishesLate ? "late: \($0.end.expected)" : "on time" } ?? ""
        return BoardRow(person: state.person.id, link: "/people/\(state.person.id)?track=\(state.enrolment.track)",
                        manager: state.person.manager ?? "", track: state.enrolment.track, progress: percent(state.progress),
                        health: "\(state.health)", healthLabel: state.health.label,
                        nextDue: state.nextDue.map { "\($0.title) \($0.due)" } ?? "", overdue: overdue == 0 ? "" : "\(overdue)",
                        expiring: expiring.joined(separator: "; "), forecast: forecast)
    }

    // MARK: A person

    struct StepRow {
        var id, title, status, statusLabel, due, done, owner, detail: String
    }

    struct PeriodRow {
        var name, number, certified, renewal, expires: String
    }

    struct StepOption {
        var id, title: String
    }

    struct RecordForm {
        var label, kind, action, formToken, today: String
        var track: String?
        var steps: [StepOption]
        var scores: Bool
    }

    func person(_ request: Request, context: ServerContext) async throws -> Response {
        try await personPage(request, context: context)
    }

    func personPage(_ request: Request, context: ServerContext, message: String? = nil, error: String? = nil,
                    status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let account = context.account else { return Self.redirect("/signin") }
        let person = try context.parameters.require("person")
        let track = request.uri.queryParameters.get("track").flatMap { $0.isEmpty ? nil : $0 }
        let loaded: (EnrolmentState, [EventSummary], String?, Set<String>)
        do {
            guard account.role != .viewer else { throw APIError(.forbidden, "a viewer sees anonymised views only") }
            loaded = try await offload { () throws -> (EnrolmentState, [EventSummary], String?, Set<String>) in
                let service = settings.onboarding()
                let tokens = settings.tokens
                try Access.checkPerson(person, account, service)
                let state = try service.status(person: person, track: track)
                let history = try service.history(person: person, track: state.enrolment.track).map(EventSummary.init)
                let signable = try service.stepsAwaitingSignoff(person: person, track: state.enrolment.track, by: account.actor)
                return (state, history, try tokens.calendarKey(tokenID: account.tokenID, feed: "person/\(person)"), Set(signable))
            }
        } catch let refused as APIError {
            return Self.page(person, template: "person", [String: Any](), context: context, error: refused.message, status: refused.status)
        }
        let (state, history, key, signable) = loaded
        let kinds: [(RecordKind, String)] = [(.complete, "Record a completion"), (.attempt, "Record an attempt"),
                                             (.signoff, "Sign off"), (.waive, "Waive a step")]
        let open = state.steps.filter { $0.doneOn == nil }
        let forms = kinds.filter { (try? Access.checkRecording($0.0, account)) != nil }.compactMap { kind, label -> RecordForm? in
            // A sign-off offers only the steps waiting for this account's own sign-off.
            let steps = switch kind {
            case .attempt: open.filter { $0.certification != nil }
            case .signoff: open.filter { signable.contains($0.id) }
            case .complete, .waive: open
            }
            guard !steps.isEmpty, let session = context.session else { return nil }
            return RecordForm(label: label, kind: kind.rawValue, action: "/people/\(person)/record?track=\(state.enrolment.track)",
                              formToken: session.formToken, today: state.today.description, track: state.enrolment.track,
                              steps: steps.map { StepOption(id: $0.id, title: $0.title) }, scores: kind == .attempt)
        }
        let certifications = state.steps.flatMap { step in
            step.periods.map { period in
                PeriodRow(name: step.certification ?? step.title, number: "\(period.number)", certified: period.certifiedOn.description,
                          renewal: period.renewalOpensOn?.description ?? "", expires: period.expiresOn?.description ?? "never")
            }
        }
        let values: [String: Any?] = [
            "trackTitle": state.trackTitle, "start": state.effectiveStart.description, "today": state.today.description,
            "progress": Self.percent(state.progress), "health": state.health.label,
            "nextDue": state.nextDue.map { "\($0.title) \($0.due)" }, "reasons": state.reasons,
            "calendar": "/calendar/\(account.tokenID)/person/\(person).ics?key=\(key ?? "")",
            "steps": state.steps.map { step in
                StepRow(id: step.id, title: step.title, status: "\(step.status)", statusLabel: step.status.label, due: step.due.description,
                        done: step.doneOn?.description ?? "", owner: step.owner, detail: Self.detail(step))
            },
            "hasCertifications": !certifications.isEmpty, "certifications": certifications,
            "hasForms": !forms.isEmpty, "forms": forms,
            "history": history.reversed().map { event in
                ["sequence": "\(event.sequence)", "date": event.date, "event": event.event, "step": event.step ?? "", "detail": event.detail,
                 "actor": event.actor]
            },
        ]
        return Self.page("\(person) · \(state.enrolment.track)", template: "person", values.compactMapValues { $0 }, context: context, message: message,
                         error: error, status: status)
    }

    static func detail(_ step: StepState) -> String {
        var parts: [String] = []
        if !step.blockedBy.isEmpty { parts.append("waits for " + step.blockedBy.joined(separator: ", ")) }
        if let certification = step.certification { parts.append(certification) }
        if let attempt = step.attempts.last { parts.append("attempt \(attempt.number): \(attempt.reason)") }
        return parts.joined(separator: "; ")
    }

    func recordForm(_ request: Request, context: ServerContext) async throws -> Response {
        guard let account = context.account, let session = context.session else {
            return Self.page("Sign in", template: "signin", [String: String](), context: context,
                             error: "Sign in to record.", status: .unauthorized)
        }
        let form = try await Self.form(request)
        guard let given = form["formToken"], HMACSHA256.constantTimeEquals(given, session.formToken) else {
            return Self.page("Refused", template: "signin", [String: String](), context: context,
                             error: "This form is out of date or did not come from this site; reload the page and try again.",
                             status: .forbidden)
        }
        let person = try context.parameters.require("person")
        func number(_ name: String) -> String? { form[name].flatMap { $0.isEmpty ? nil : $0 } }
        do {
            guard let kind = form["kind"].flatMap(RecordKind.init(rawValue:)), let step = number("step") else {
                throw APIError(.badRequest, "choose what to record and the step")
            }
            var on: CalendarDate?
            if let text = number("on") {
                guard let date = CalendarDate(iso: text) else { throw APIError(.badRequest, "\(text) is not a date (YYYY-MM-DD)") }
                on = date
            }
            let score = try number("score").map { text in
                guard let value = Double(text) else { throw APIError(.badRequest, "the score \(text) is not a number") }
                return value
            }
            let evidence = try number("evidence").map { text in
                guard let value = Int(text) else { throw APIError(.badRequest, "the evidence \(text) is not a whole number") }
                return value
            }
            try Access.checkRecording(kind, account)
            let body = APIRoutes.RecordBody(kind: kind, step: step, track: number("track"), on: on, note: number("note"), score: score,
                                            evidence: evidence, value: nil)
            let recorded = try await APIRoutes.record(body, person: person, account: account, settings: settings)
            let said = recorded.alreadyRecorded ? "Already recorded: " : "Recorded: "
            var message = said + "\(recorded.event.kind.rawValue) \(step) on \(recorded.event.date)"
            if case .attempted(_, let attempt) = recorded.event.payload { message += attempt.passed ? " (passed)" : " (not passed: \(attempt.reason))" }
            return try await personPage(request, context: context, message: message)
        } catch let refused as APIError {
            return try await personPage(request, context: context, error: refused.message, status: refused.status)
        }
    }

    // MARK: Evaluations

    struct Named {
        var name, title: String
    }

    func evaluationForm(_ request: Request, context: ServerContext) async throws -> Response {
        guard let account = context.account else { return Self.redirect("/signin") }
        guard account.role != .member else {
            return Self.page("Evaluate", template: "evaluate", [String: Any](), context: context, error: "Members do not run evaluations.",
                             status: .forbidden)
        }
        let settings = settings
        let (evaluations, teams) = try await offload { () throws -> ([Named], [Named]) in
            let catalog = try settings.loadCatalog()
            return (catalog.evaluations.map { Named(name: $0.name, title: $0.title) },
                    catalog.teams.map { Named(name: $0.name, title: $0.title) })
        }
        return Self.page("Evaluate tools for a team", template: "evaluate", ["evaluations": evaluations, "teams": teams], context: context)
    }

    func evaluationReport(_ request: Request, context: ServerContext) async throws -> Response {
        guard let account = context.account else { return Self.redirect("/signin") }
        let parameters = request.uri.queryParameters
        func field(_ name: String) -> String? { parameters.get(name).flatMap { $0.isEmpty ? nil : $0 } }
        do {
            guard account.role != .member else { throw APIError(.forbidden, "Members do not run evaluations.") }
            let categories = (field("categories") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let evaluationRequest = try settings.evaluationRequest(field("evaluation"), team: field("team"), categories: categories,
                                                                    method: field("method"), samples: nil, seed: nil)
            let settings = settings
            let html = try await offload { () throws -> String in EvaluationHTML.render(try settings.evaluate(evaluationRequest).report) }
            var response = Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
            // The report is one self-contained document with its own styles (and SVG charts), still without any script.
            response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            return response
        } catch let refused as APIError {
            return Self.page("Evaluate tools for a team", template: "evaluate", [String: Any](), context: context, error: refused.message,
                             status: refused.status)
        }
    }

    // MARK: Tracks

    /// The catalog's tracks, for enablement and admin to open and edit.
    func tracks(_ request: Request, context: ServerContext) async throws -> Response {
        guard let account = context.account else { return Self.redirect("/signin") }
        guard Access.staff.contains(account.role) else {
            return Self.page("Tracks", template: "tracks", [String: Any](), context: context, error: "Only enablement and admin edit tracks.",
                             status: .forbidden)
        }
        let settings = settings
        let tracks = try await offload { () throws -> [Named] in try settings.loadCatalog().tracks.map { Named(name: $0.name, title: $0.title) } }
        return Self.page("Tracks", template: "tracks", ["tracks": tracks], context: context)
    }

    struct ProblemRow {
        var place, message: String
    }

    func trackPage(_ request: Request, context: ServerContext) async throws -> Response {
        try await trackPage(context: context)
    }

    /// A track's definition in an editable form; after a refused edit, the text as submitted and every problem.
    func trackPage(context: ServerContext, submitted: String? = nil, problems: [SourceError] = [], message: String? = nil,
                   error: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let account = context.account else { return Self.redirect("/signin") }
        let track = try context.parameters.require("track")
        do {
            guard Access.staff.contains(account.role) else { throw APIError(.forbidden, "Only enablement and admin edit tracks.") }
            guard let session = context.session else { throw APIError(.unauthorized, "Sign in with a browser session to edit tracks.") }
            let settings = settings
            let definition = try await offload { () throws -> TrackDefinitionText in try settings.onboarding().trackDefinition(track) }
            let values: [String: Any] = [
                "track": track, "file": definition.file, "version": String(definition.version.prefix(12)), "formToken": session.formToken,
                "yaml": submitted ?? definition.yaml, "hasProblems": !problems.isEmpty,
                "problems": problems.map { ProblemRow(place: "\($0.file):\($0.line):\($0.column)" + ($0.path.isEmpty ? "" : " \($0.path)"), message: $0.message) },
            ]
            return Self.page("Track \(track)", template: "track", values, context: context, message: message, error: error, status: status)
        } catch let refused as APIError {
            return Self.page("Track \(track)", template: "tracks", [String: Any](), context: context, error: refused.message, status: refused.status)
        }
    }

    func trackForm(_ request: Request, context: ServerContext) async throws -> Response {
        guard let account = context.account, let session = context.session else {
            return Self.page("Sign in", template: "signin", [String: String](), context: context, error: "Sign in to edit tracks.", status: .unauthorized)
        }
        let form = try await Self.form(request, upTo: 512 * 1024)
        guard let given = form["formToken"], HMACSHA256.constantTimeEquals(given, session.formToken) else {
            return Self.page("Refused", template: "signin", [String: String](), context: context,
                             error: "This form is out of date or did not come from this site; reload the page and try again.",
                             status: .forbidden)
        }
        let track = try context.parameters.require("track")
        let yaml = (form["yaml"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        do {
            switch try await APIRoutes.editTrack(track, yaml: yaml, account: account, settings: settings) {
            case .saved(let edit):
                let said = edit.changed ? "Saved: \(track) is now version \(edit.version.prefix(12)); new enrolments get it."
                    : "Saved: nothing \(track) means changed, so its version stays \(edit.version.prefix(12))."
                return try await trackPage(context: context, message: said)
            case .refused(let problems):
                return try await trackPage(context: context, submitted: yaml, problems: problems,
                                           error: "Not saved: \(problems.count) problem(s).", status: .unprocessableContent)
            }
        } catch let refused as APIError {
            return try await trackPage(context: context, submitted: yaml, error: refused.message, status: refused.status)
        }
    }

    // MARK: Calendars

    /// `/calendar/TOKEN-ID/person/P.ics?key=K` and `/calendar/TOKEN-ID/manager/M.ics?key=K`: a
    /// person's checklist, or every report's of a manager, for calendar apps to subscribe to.
    func calendar(_ request: Request, context: ServerContext) async throws -> Response {
        let tokenID = try context.parameters.require("token")
        let kind = try context.parameters.require("kind")
        let file = try context.parameters.require("file")
        guard kind == "person" || kind == "manager", file.hasSuffix(".ics") else { throw APIError(.notFound, "no such calendar") }
        let name = String(file.dropLast(4))
        let key = request.uri.queryParameters.get("key") ?? ""
        let today = settings.today
        let text = try await offload { () throws -> String in
            let service = settings.onboarding()
            let tokens = settings.tokens
            guard let account = try tokens.calendarAccount(tokenID: tokenID, feed: "\(kind)/\(name)", key: key) else {
                throw APIError(.notFound, "no such calendar (or its token was revoked)")
            }
            let stamp = Dates.stamp(today: today)
            let checklists = ChecklistService(onboarding: service)
            if kind == "person" {
                try Access.checkPerson(name, account, service)
                return try checklists.calendar(person: name, stamp: stamp)
            }
            guard account.role == .admin || account.role == .enablement || account.person == name else {
                throw APIError(.forbidden, "a manager's calendar is theirs")
            }
            let states = try APIRoutes.states(service, ReportQuery(manager: name), account)
            return try checklists.calendar(manager: name, reports: states, stamp: stamp)
        }
        return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Helpers

    struct LayoutAccount {
        var role: String
        var person: String?
        var formToken: String
        var evaluates: Bool
        var editsTracks: Bool
    }

    /// The page `template` renders from `values`, inside the layout.
    static func page(_ title: String, template: String, _ values: Any, context: ServerContext, message: String? = nil,
                     error: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let content = PageTemplates.library.render(values, withTemplate: template) ?? ""
        let account = context.account.map { account in
            LayoutAccount(role: account.role.rawValue, person: account.person, formToken: context.session?.formToken ?? "",
                          evaluates: account.role != .member, editsTracks: Access.staff.contains(account.role))
        }
        // Mustache sees through no optionals wrapped in Any: absent values are left out.
        let layout: [String: Any?] = ["title": title, "content": content, "account": account, "message": message, "error": error]
        let html = PageTemplates.library.render(layout.compactMapValues { $0 }, withTemplate: "layout") ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// An `application/x-www-form-urlencoded` body as fields (the last of a repeated name wins).
    static func form(_ request: Request, upTo limit: Int = 64 * 1024) async throws -> [String: String] {
        var request = request
        let body = String(buffer: try await request.collectBody(upTo: limit))
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String { text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}
