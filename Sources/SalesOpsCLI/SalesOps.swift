import ArgumentParser

/// The `salesops` command.
public struct SalesOps: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "salesops",
        abstract: "Evaluate sales tools, track onboarding and hand out checklists.",
        subcommands: [PluginsCommand.self]
    )
    public init() {}
}
