import ArgumentParser

/// `salesops verify …`: check what salesops exported, as its receiver would.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check exported records: the signature, issuer and validity of an Open Badges credential.",
        subcommands: [VerifyBadgeCommand.self]
    )
}
