import ArgumentParser

/// The `salesops` command.
public struct SalesOps: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "salesops",
        abstract: "Evaluate sales tools, track onboarding and hand out checklists.",
        discussion: """
            Definitions live in a catalog of YAML files (tools, teams, evaluations, tracks, calendars). \
            Start with `salesops catalog validate`, then `salesops catalog list`.
            """,
        subcommands: [EvaluateCommand.self, CompareCommand.self, OnboardCommand.self, ChecklistCommand.self, CatalogCommand.self, PluginsCommand.self]
    )

    public init() {}
}
