import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsEvaluation
import SalesOpsPluginHost

/// What to evaluate: a catalog Evaluation by name, the catalog's default, or an ad-hoc
/// evaluation of a team against every tool of some categories.
package struct EvaluationRequest: Sendable {
    package var evaluation: String?
    package var team: String?
    package var categories: [ToolCategory]
    /// The method, sampling and day overrides the engine takes.
    package var options: EvaluationEngine.Options

    package init(evaluation: String? = nil, team: String? = nil, categories: [ToolCategory] = [], options: EvaluationEngine.Options) {
        self.evaluation = evaluation
        self.team = team
        self.categories = categories
        self.options = options
    }
}

/// An evaluation's report, and what the caller should warn about.
package struct EvaluationOutcome: Sendable {
    package let report: EvaluationReport
    /// Capabilities other catalog documents use that no loaded plugin provides: not needed here.
    package let unusable: [MissingCapability]
    /// Plugins that could not be loaded and were skipped.
    package let skippedPlugins: [PluginLoadFailure]
}

/// Evaluating and comparing tools for a team, and auditing the ones it has (`audit`).
package struct EvaluationService: Sendable {
    package let catalog: CatalogService
    package let plugins: PluginSettings

    package init(catalog: CatalogService, plugins: PluginSettings) {
        self.catalog = catalog
        self.plugins = plugins
    }

    /// Runs the evaluation. It fails only on what it uses: capabilities missing elsewhere in
    /// the catalog come back as `unusable`.
    package func evaluate(_ request: EvaluationRequest) throws(AppError) -> EvaluationOutcome {
        let loaded = try PluginService.load(plugins)
        return try evaluate(request, plugins: loaded, catalog: try self.catalog.load(plugins: loaded))
    }

    /// Runs the evaluation with plugins and a catalog loaded already (the server loads them once).
    package func evaluate(_ request: EvaluationRequest, plugins loaded: LoadedPlugins, catalog: Catalog) throws(AppError) -> EvaluationOutcome {
        let chosen = try choose(request, in: catalog)
        let missing = catalog.missingCapabilities(loaded.capabilities)
        // An ad-hoc evaluation uses built-in criteria only.
        let usedHere = { (item: MissingCapability) in
            request.team == nil && item.documentKind == "Evaluation" && item.documentName == chosen.name
        }
        let needed = missing.filter(usedHere)
        guard needed.isEmpty else { throw .missingCapabilities(evaluation: chosen.name, needed) }
        let badParameters = catalog.parameterProblems(in: chosen, loaded.capabilities)
        guard badParameters.isEmpty else { throw .invalidCatalog(directory: self.catalog.directory, errors: badParameters) }
        do {
            let report = try EvaluationEngine(registry: loaded.registry).run(chosen, catalog: catalog, options: request.options)
            return EvaluationOutcome(report: report, unusable: missing.filter { !usedHere($0) }, skippedPlugins: loaded.report.failures)
        } catch {
            throw .evaluation(error)
        }
    }

    func choose(_ request: EvaluationRequest, in catalog: Catalog) throws(AppError) -> Evaluation {
        if let team = request.team {
            do {
                _ = try NotFound.lookup(team, in: catalog.teams, kind: "Team", listing: "salesops catalog list --kind Team") { $0.name }
            } catch {
                throw .notFound(error)
            }
            return Evaluation.adHoc(team: team, categories: request.categories, name: "\(team)-adhoc", title: "Ad-hoc evaluation")
        }
        if let name = request.evaluation {
            do {
                return try NotFound.lookup(name, in: catalog.evaluations, kind: "Evaluation",
                                           listing: "salesops catalog list --kind Evaluation") { $0.name }
            } catch {
                throw .notFound(error)
            }
        }
        guard let found = catalog.defaultEvaluation else { throw .noEvaluation }
        return found
    }

    /// Tools side by side at a team's size (default: the default evaluation's team).
    package func compare(tools names: [String], team: String?) throws(AppError) -> ToolComparison {
        let catalog = try self.catalog.load(plugins: try PluginService.load(plugins))
        do {
            let tools = try names.map { name throws(NotFound) in
                try NotFound.lookup(name, in: catalog.tools, kind: "Tool", listing: "salesops catalog list --kind Tool") { $0.name }
            }
            let teamName = team ?? catalog.defaultEvaluation?.spec.team ?? ""
            let chosen = try NotFound.lookup(teamName, in: catalog.teams, kind: "Team", listing: "salesops catalog list --kind Team") { $0.name }
            return ToolComparison(tools: tools, team: chosen)
        } catch {
            throw .notFound(error)
        }
    }
}
