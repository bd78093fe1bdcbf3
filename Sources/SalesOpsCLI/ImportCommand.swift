import ArgumentParser

/// `salesops import …`: records from other systems into the onboarding store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records from other systems into the onboarding store.",
        subcommands: [ImportXAPICommand.self]
    )
}
