import ArgumentParser
import SalesOpsApp
import SalesOpsAuditReports

/// `salesops audit`: what the team pays for, what it uses, overlaps, renewals and savings.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit the stack the team pays for: spend, unused seats, renewals, overlaps and savings.",
        discussion: """
            Reads the catalog's Subscription documents and, with --usage, a seat-usage export \
            (CSV with the columns user,tool,lastActive and optionally activity). Reports spend per \
            tool and category, seats in use, what unused seats cost, each renewal with its notice \
            deadline, subscriptions of one team that overlap, and savings, each priced with what it \
            assumes. For each overlap the evaluator ranks the team's candidates and prices the \
            winner against staying put.

            Column mappings: --map FIELD=COLUMN (FIELD: user, tool, lastActive, activity; \
            tool=@NAME puts every row on one catalog Tool), or a preset for an admin export: \
            salesforce (Username, LastLoginDate) or google-workspace (Email Address [Required], \
            Last Sign In [READ ONLY]).

            Examples:
              salesops audit --team midmarket-inbound --usage examples/midmarket-usage.csv --today 2026-12-02
              salesops audit --usage users.csv --map salesforce --format markdown
              salesops audit --team midmarket-inbound --format ics --output renewals.ics
            """
    )

    @Option(help: ArgumentHelp("Only this team's subscriptions; its budget currency is the report's.", valueName: "team"))
    var team: String?

    @Option(help: ArgumentHelp("A seat-usage CSV export (repeatable).", valueName: "file"))
    var usage: [String] = []

    @Option(help: ArgumentHelp("Map the export's columns: FIELD=COLUMN, tool=@TOOL, or a preset (salesforce, google-workspace); repeatable.", valueName: "mapping"))
    var map: [String] = []

    @Option(help: ArgumentHelp("A seat is unused after this many days without activity.", valueName: "days"))
    var unusedAfter: Int = 30

    @Option(help: ArgumentHelp("The report's currency: USD, EUR or GBP (default: the team's budget currency).", valueName: "code"))
    var currency: Currency?

    @Option(help: "table, markdown, json, csv, html, ics (the renewal calendar), or the id of an exporter plugin that renders audits.")
    var format: FormatChoice<AuditFormat> = .own(.table)

    @Option(help: ArgumentHelp("The day to audit on (default: today).", valueName: "yyyy-mm-dd"), transform: CalendarDate.argument)
    var today: CalendarDate?

    @OptionGroup var destination: OutputOptions

    @OptionGroup var inputs: EvaluationOptions

    func validate() throws {
        guard (1...3_650).contains(unusedAfter) else {
            throw ValidationError("--unused-after must be between 1 and 3650 days")
        }
    }

    func run() throws {
        let sources = try usage.map { path throws(AppError) in try UsageSource.file(Invocation.current.path(path), name: path) }
        var request = AuditRequest(today: today ?? Dates.today())
        request.team = team
        request.usage = sources
        request.mapping = map
        request.unusedAfterDays = unusedAfter
        request.currency = currency
        let audit = try inputs.service.audit(request)
        let text: String
        switch format {
        case .own(.table): text = AuditRendering.text(AuditDocument(audit))
        case .own(.markdown): text = AuditRendering.markdown(AuditDocument(audit))
        case .own(.html): text = AuditRendering.html(AuditDocument(audit))
        case .own(.json): text = try Output.json(audit) + "\n"
        case .own(.csv): text = AuditRendering.csv(audit)
        case .own(.ics): text = AuditRendering.iCalendar(audit, stamp: Dates.stamp(today: today))
        case .exporter(let id):
            text = try PluginService.export(json: try Output.json(audit), as: .audit, with: id, settings: inputs.plugins.settings)
        }
        try destination.write(text, isTerminalSafe: format == .own(.json) || format == .own(.ics))
    }
}

enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv, html, ics
}

extension Currency: ExpressibleByArgument {}
