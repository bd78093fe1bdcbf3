import ArgumentParser
import Foundation
import SalesOpsApp
import SalesOpsEvaluationReports

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
    var method: DecisionMethod?

    @Option(help: "table, markdown, json, csv, html, or the id of an exporter plugin that renders evaluations.")
    var format: FormatChoice<EvaluationFormat> = .own(.table)

    @Option(help: ArgumentHelp("Monte Carlo weight samples for rank acceptability (0 to skip).", valueName: "n"))
    var samples: Int?

    @Option(help: ArgumentHelp("Seed for the weight samples (same seed, same result).", valueName: "seed"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Zeros or negatives where the method needs positive values: error or shift (overrides the evaluation's nonPositive).", valueName: "error|shift"))
    var nonPositive: NonPositivePolicy?

    @Option(help: ArgumentHelp("The date prices and ratings are aged against (default: today).", valueName: "yyyy-mm-dd"), transform: CalendarDate.argument)
    var today: CalendarDate?

    @OptionGroup var destination: OutputOptions

    @OptionGroup var inputs: EvaluationOptions

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
        let service = inputs.service
        let options = EvaluationEngine.Options(method: method, samples: samples, seed: seed, nonPositive: nonPositive, today: today ?? Dates.today())
        let plugins = try PluginService.load(service.plugins)
        let catalog = try service.catalog.load(plugins: plugins)
        let outcome = try service.evaluate(EvaluationRequest(evaluation: evaluation, team: team, categories: category, options: options),
                                           plugins: plugins, catalog: catalog)
        Registry.reportSkipped(outcome.skippedPlugins)
        Registry.warn(outcome.unusable)
        let report = outcome.report
        let text: String
        switch format {
        case .own(.table): text = EvaluationText.render(report)
        case .own(.markdown): text = EvaluationMarkdown.render(report)
        case .own(.json): text = try EvaluationJSON.render(report)
        case .own(.csv): text = EvaluationCSV.render(report)
        case .own(.html): text = EvaluationHTML.render(report)
        case .exporter(let id):
            text = try PluginService.export(json: try EvaluationJSON.render(report), as: .evaluation, with: id, settings: inputs.plugins.settings)
        }
        try destination.write(text, isTerminalSafe: format == .own(.json))
        Invocation.current.keepUntilExit(catalog, plugins, outcome, text)
    }
}

enum EvaluationFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json, csv, html
}

extension ToolCategory: ExpressibleByArgument {}
extension DecisionMethod: ExpressibleByArgument {}
extension NonPositivePolicy: ExpressibleByArgument {}
