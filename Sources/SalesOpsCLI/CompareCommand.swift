import ArgumentParser
import SalesOpsApp
import SalesOpsEvaluationReports

/// `salesops compare TOOL…`: tools side by side at a team's size.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare tools side by side: tiers, features and cost at a team's size.",
        discussion: """
            Each tier's cost over the team's horizon (seats with growth, minimum seats, platform and \
            onboarding fees), which must-haves it lacks, the tier chosen, stack fit, compliance, \
            residency and adoption effort.

            Examples:
              salesops compare hubspot-sales-hub zoho-crm --team midmarket-inbound
              salesops compare pipedrive close apollo-io --team startup-outbound --format markdown
            """
    )

    @Argument(help: ArgumentHelp("Two or more tool names.", valueName: "tool"))
    var tools: [String]

    @Option(help: ArgumentHelp("The team whose size, stack and must-haves apply (default: the default evaluation's team).", valueName: "team"))
    var team: String?

    @Option(help: "table, markdown or json.")
    var format: ComparisonFormat = .table

    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        guard !tools.isEmpty else { throw ValidationError("name at least one tool, e.g. `salesops compare pipedrive close`") }
    }

    func run() throws {
        let comparison = try EvaluationService(catalog: catalogOptions.service, plugins: PluginSettings())
            .compare(tools: tools, team: team)
        switch format {
        case .table: print(ComparisonText.render(comparison))
        case .markdown: print(ComparisonText.markdown(comparison), terminator: "")
        case .json: print(try Output.json(comparison))
        }
    }
}

enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json
}
