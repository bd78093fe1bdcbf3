import ArgumentParser
import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsReports

/// `salesops evaluate`: rank candidate tools for a team.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Rank candidate tools for a team, explain the ranking and show how robust it is.",
        discussion: """
            Runs an Evaluation from the catalog: knockouts (must-haves, compliance, data residency, \
            seat limits, budget), then each criterion's value, then the method (TOPSIS, WSM, WPM or \
            VIKOR). With no evaluation named, runs the catalog's default (the evaluation tagged \
            `default`). --team and --category build an ad-hoc evaluation with equal weights.

            Examples:
              salesops evaluate
              salesops evaluate enterprise-eu-crm --format markdown
              salesops evaluate --team startup-outbound --category crm --method wsm
              salesops evaluate midmarket-inbound-crm --format html --output report.html
              salesops evaluate midmarket-inbound-crm --samples 10000 --seed 7 --format json
            """
    )

    @Argument(help: ArgumentHelp("The evaluation's name (default: the one tagged `default`).", valueName: "evaluation"))
    var evaluation: String?

    @Option(help: ArgumentHelp("Evaluate for this team instead (with --category).", valueName: "team"))
    var team: String?

    @Option(help: ArgumentHelp("Candidates: every tool of this category (with --team).", valueName: "category"))
    var category: [ToolCategory] = []

    @Option(help: "Override the method: topsis, wsm, wpm or vikor.")
    var method: SalesOpsCatalog.DecisionMethod?

    @Option(help: "table, markdown, json, csv or html.")
    var format: EvaluationFormat = .table

    @Option(help: ArgumentHelp("Monte Carlo weight samples for rank acceptability (0 to skip).", valueName: "n"))
    var samples: Int?

    @Option(help: ArgumentHelp("Seed for the weight samples (same seed, same result).", valueName: "seed"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Zeros or negatives where the method needs positive values: error or shift (overrides the evaluation's nonPositive).", valueName: "error|shift"))
    var nonPositive: NonPositiveHandling?

    @Option(help: ArgumentHelp("The date prices and ratings are aged against (default: today).", valueName: "yyyy-mm-dd"), transform: CalendarDate.argument)
    var today: CalendarDate?

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func validate() throws {
        if let samples, samples < 0 || samples > 1_000_000 {
            throw ValidationError("--samples must be between 0 and 1000000")
        }
        if evaluation != nil, team != nil {
            throw ValidationError("give an evaluation name or --team with --category, not both")
        }
        if team != nil, category.isEmpty {
            throw ValidationError("--team needs --category to choose the candidates (e.g. --category crm)")
        }
    }

    func run() throws {
        let registry = try Registry.make(pluginOptions)
        // Capabilities are checked for the evaluation that runs; the rest (onboarding tracks,
        // other evaluations) only warn, so a missing plugin stops only what needs it.
        let catalog = try catalogOptions.load()
        let chosen = try choose(in: catalog)
        let missing = catalog.missingCapabilities(Registry.capabilities(registry))
        // An ad-hoc evaluation (--team) uses built-in criteria only.
        let usedHere = { (item: MissingCapability) in team == nil && item.documentKind == "Evaluation" && item.documentName == chosen.name }
        let needed = missing.filter(usedHere)
        guard needed.isEmpty else {
            Output.printErrors(needed.map(\.error.description))
            Output.error("the evaluation `\(chosen.name)` uses \(needed.count == 1 ? "a criterion" : "criteria") that no loaded plugin provides")
            throw ExitCode(1)
        }
        Registry.warn(missing.filter { !usedHere($0) })
        let engine = EvaluationEngine(registry: registry)
        let options = EvaluationEngine.Options(method: method, samples: samples, seed: seed, nonPositive: nonPositive,
                                               today: today ?? Dates.today())
        let report: EvaluationReport
        do {
            report = try engine.run(chosen, catalog: catalog, options: options)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        let text: String
        switch format {
        case .table: text = EvaluationText.render(report)
        case .markdown: text = EvaluationMarkdown.render(report)
        case .json: text = try EvaluationJSON.render(report)
        case .csv: text = EvaluationCSV.render(report)
        case .html: text = EvaluationHTML.render(report)
        }
        try Output.write(text, to: output)
    }

    func choose(in catalog: Catalog) throws -> Evaluation {
        if let team {
            guard catalog.team(named: team) != nil else {
                var message = "no Team named `\(team)`"
                if let nearest = Suggestion.nearest(to: team, in: catalog.teams.map(\.name)) { message += "; did you mean `\(nearest)`?" }
                Output.error(message)
                throw ExitCode(1)
            }
            let criteria = ["feature-coverage", "total-cost", "integration-fit", "adoption-risk"].map {
                CriterionUse(use: $0, weight: 1)
            }
            let spec = EvaluationSpec(team: team, candidates: Candidates(tools: nil, categories: category), criteria: criteria)
            return Evaluation(kind: "Evaluation", metadata: Metadata(name: "\(team)-adhoc", title: "Ad-hoc evaluation"), spec: spec)
        }
        if let evaluation {
            guard let found = catalog.evaluation(named: evaluation) else {
                var message = "no Evaluation named `\(evaluation)`"
                if let nearest = Suggestion.nearest(to: evaluation, in: catalog.evaluations.map(\.name)) {
                    message += "; did you mean `\(nearest)`?"
                } else {
                    message += "; `salesops catalog list --kind Evaluation` lists them"
                }
                Output.error(message)
                throw ExitCode(1)
            }
            return found
        }
        guard let found = catalog.defaultEvaluation else {
            Output.error("the catalog has no Evaluation; add one or use --team with --category")
            throw ExitCode(1)
        }
        return found
    }
}

enum EvaluationFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv, html
}

extension ToolCategory: ExpressibleByArgument {}
extension SalesOpsCatalog.DecisionMethod: ExpressibleByArgument {}
extension NonPositiveHandling: ExpressibleByArgument {}
