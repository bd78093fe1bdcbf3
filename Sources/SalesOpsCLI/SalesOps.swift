import ArgumentParser
import SalesOpsApp

/// The `salesops` command.
package struct SalesOps: ParsableCommand {
    /// The product's version, printed by `salesops --version`.
    package static let version = "0.7.0"

    package static let configuration = CommandConfiguration(
        commandName: "salesops",
        abstract: "Evaluate sales tools, track onboarding and hand out checklists.",
        discussion: """
            Definitions live in a catalog of YAML files (tools, teams, evaluations, tracks, calendars); \
            onboarding progress lives in a store: a SQLite file (salesops.db, or --store PATH) or a PostgreSQL \
            database (--store postgres://…, or SALESOPS_STORE).

            Start here:
              salesops evaluate                     rank tools for the default example team
              salesops catalog validate             check the catalog
              salesops onboard enroll …             start someone on a track
              salesops checklist --track sdr-30-60-90 --start 2026-03-02

            Shell completions: salesops --generate-completion-script bash|zsh|fish
            """,
        version: version,
        subcommands: [EvaluateCommand.self, CompareCommand.self, AuditCommand.self, OnboardCommand.self, ChecklistCommand.self, ImportCommand.self,
                      ExportCommand.self, VerifyCommand.self, BadgesCommand.self, CatalogCommand.self,
                      PluginsCommand.self, StoreCommand.self, TokenCommand.self, ServeCommand.self]
    )

    package init() {}
}
