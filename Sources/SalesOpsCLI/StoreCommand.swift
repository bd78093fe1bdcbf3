import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops store …`: the store itself, on SQLite or PostgreSQL.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Migrate, check, export and import the onboarding store (a SQLite file or a PostgreSQL database).",
        discussion: """
            The store is --store PATH-OR-URL, else SALESOPS_STORE, else ./salesops.db; a postgres:// or \
            postgresql:// URL names a PostgreSQL database, anything else a SQLite file.

            Moving a store to PostgreSQL (or back): export it, then import the file into a new, empty store.
              salesops store export --store salesops.db --output onboarding.jsonl
              salesops store import onboarding.jsonl --store postgres://salesops@db.example.com/onboarding
              salesops store check --store postgres://salesops@db.example.com/onboarding
            """,
        subcommands: [StoreMigrateCommand.self, StoreCheckCommand.self, StoreExportCommand.self, StoreImportCommand.self]
    )
}

struct StoreMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create the store if missing and bring its schema up to date.",
        discussion: "Every command does this on first use; run it to prepare a new PostgreSQL database ahead of time.\n\nExample: salesops store migrate --store postgres://salesops@db.example.com/onboarding"
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let version = try StoreService(location: store.location).migrate()
        print("Store \(store.displayed): schema version \(version), up to date")
    }
}

struct StoreCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store's integrity: every row reads back, hashes match, the database finds nothing wrong.",
        discussion: "Exit code 0 when sound, 1 with each problem listed when not.\n\nExample: salesops store check"
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let report = try StoreService(location: store.location).check()
        print("Store \(store.displayed): schema version \(report.schemaVersion); "
            + "\(counted(report.definitions, "pinned definition")), \(counted(report.people, "person", plural: "people")), "
            + "\(counted(report.enrolments, "enrolment")), \(counted(report.events, "event"))")
        guard report.problems.isEmpty else {
            for problem in report.problems { print("problem: \(problem)") }
            throw ProblemsListed(summary: "store \(store.displayed): \(counted(report.problems.count, "problem")) found",
                                 advice: "restore the store from an export or a backup")
        }
        print("OK: every event reads back, every pinned definition matches its hash, events are append-only, and the database finds nothing wrong")
    }
}

struct StoreExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole store as JSON Lines: definitions, people, enrolments, the pseudonym key and every event.",
        discussion: """
            The export holds the store's pseudonym key, so anonymised reports from the imported store use the \
            same pseudonyms: keep the file as private as the store.

            Example: salesops store export --output onboarding.jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var destination: OutputOptions

    func run() throws {
        var text = ""
        let events = try StoreService(location: store.location).export { line in
            text += line
            text += "\n"
        }
        // Every line is JSON written with terminal controls escaped.
        try destination.write(text, isTerminalSafe: true)
        if let output = destination.output {
            StandardStream.error.write("Exported \(events) events from \(store.displayed) to \(output)\n")
        }
    }
}

struct StoreImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load an export into an empty store, in one transaction: all of it or nothing.",
        discussion: """
            The store must be empty (a new SQLite file or a new PostgreSQL database); it then reads back \
            exactly as the store that was exported, event numbers and pseudonyms included.

            Example: salesops store import onboarding.jsonl --store postgres://salesops@db.example.com/onboarding
            """
    )

    @Argument(help: "The export (JSON Lines from `salesops store export`).")
    var file: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let text = try Invocation.current.text(of: file)
        let result = try StoreService(location: store.location).importDump(text.split(separator: "\n", omittingEmptySubsequences: false), source: file)
        print("Imported \(file) into \(store.displayed): \(result.people) people, \(result.enrolments) enrolments, \(result.events) events")
    }
}
