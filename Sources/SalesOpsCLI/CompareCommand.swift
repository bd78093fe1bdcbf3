import ArgumentParser
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsReports

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
        let catalog = try catalogOptions.load()
        var found: [Tool] = []
        for name in tools {
            guard let tool = catalog.tool(named: name) else {
                var message = "no Tool named `\(name)`"
                if let nearest = Suggestion.nearest(to: name, in: catalog.tools.map(\.name)) { message += "; did you mean `\(nearest)`?" }
                Output.error(message)
                throw ExitCode(1)
            }
            found.append(tool)
        }
        let teamName = team ?? catalog.defaultEvaluation?.spec.team
        guard let teamName, let chosen = catalog.team(named: teamName) else {
            var message = "no Team named `\(teamName ?? "")`; pass --team"
            if let teamName, let nearest = Suggestion.nearest(to: teamName, in: catalog.teams.map(\.name)) { message += " (did you mean `\(nearest)`?)" }
            Output.error(message)
            throw ExitCode(1)
        }
        let comparison = ToolComparison(tools: found, team: chosen)
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
