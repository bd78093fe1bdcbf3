import ArgumentParser

/// `salesops export …`: the store's records in the formats other systems read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export onboarding records in the formats other systems read.",
        subcommands: [ExportXAPICommand.self]
    )
}
