import Foundation
import SalesOpsAudit
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation

/// What to audit: every subscription (or one team's) on `today`, against the usage exports given.
package struct AuditRequest: Sendable {
    /// Only this team's subscriptions; its budget currency is the audit's.
    package var team: String?
    /// Seat-usage exports.
    package var usage: [UsageSource] = []
    /// `--map` settings, applied in order.
    package var mapping: [String] = []
    package var unusedAfterDays = 30
    package var currency: Currency?
    package var today: CalendarDate

    package init(today: CalendarDate) {
        self.today = today
    }
}

/// A usage export's name (for messages) and its text.
package struct UsageSource: Sendable {
    package var name: String
    package var text: String

    /// Reads the file at `path`, named `name` (the path as the user gave it) in messages.
    package static func file(_ path: String, name: String) throws(AppError) -> UsageSource {
        do {
            return UsageSource(name: name, text: try String(contentsOfFile: path, encoding: .utf8))
        } catch {
            throw .usageUnreadable(path: name, reason: systemErrorText())
        }
    }
}

/// The stack audit: what the catalog's subscriptions cost, against the usage given. It shares
/// the evaluator's catalog and plugins, which rank the candidates for each overlap.
extension EvaluationService {
    package func audit(_ request: AuditRequest) throws(AppError) -> StackAudit {
        let loaded = try PluginService.load(plugins)
        let catalog = try self.catalog.load(plugins: loaded)
        var subscriptions = catalog.subscriptions
        var team: Team?
        if let name = request.team {
            do {
                team = try NotFound.lookup(name, in: catalog.teams, kind: "Team", listing: "salesops catalog list --kind Team") { $0.name }
            } catch {
                throw .notFound(error)
            }
            subscriptions = subscriptions.filter { $0.spec.team == name }
        }
        guard !subscriptions.isEmpty else { throw .noSubscriptions(directory: self.catalog.directory, team: request.team) }
        var columns = UsageColumns()
        var usage: [SeatUsage] = []
        do {
            for setting in request.mapping { try columns.apply(setting) }
            for source in request.usage {
                usage += try UsageExport.read(source.text, file: source.name, columns: columns)
            }
        } catch {
            throw .usage(error)
        }
        let currency = request.currency ?? team?.spec.budget?.currency
            ?? Self.commonTeamCurrency(subscriptions, catalog) ?? subscriptions[0].spec.currency
        let engine = EvaluationEngine(registry: loaded.registry)
        let options = EvaluationEngine.Options(today: request.today)
        let auditor = StackAuditor(catalog: catalog, usage: usage, today: request.today, currency: currency,
                                   unusedAfterDays: request.unusedAfterDays) { evaluation throws(EvaluationError) in
            try engine.run(evaluation, catalog: catalog, options: options)
        }
        do {
            return try auditor.audit(subscriptions: subscriptions)
        } catch {
            throw .evaluation(error)
        }
    }

    /// The budget currency the subscriptions' teams share, if they name teams that all have one.
    static func commonTeamCurrency(_ subscriptions: [Subscription], _ catalog: Catalog) -> Currency? {
        let currencies = Set(subscriptions.compactMap { $0.spec.team.flatMap(catalog.team(named:))?.spec.budget?.currency })
        return currencies.count == 1 ? currencies.first : nil
    }
}
