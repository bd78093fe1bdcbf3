import ArgumentParser

/// `salesops export …`: onboarding records in the formats other systems read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export onboarding records in standard formats: xAPI statements, signed Open Badges credentials, iCalendar.",
        subcommands: [
            ExportXAPICommand.self,
            ExportBadgesCommand.self,
            ExportICSCommand.self,
        ]
    )
}
