import ArgumentParser
import SalesOpsApp

/// `salesops onboard repin PERSON --track T`: the repair for an enrolment whose pinned version
/// can no longer be used, and the way to move someone onto a changed track.
struct OnboardRepinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repin",
        abstract: "Move a person's enrolment to the catalog's current version of its track.",
        discussion: """
            Reports name an enrolment whose pinned track version is missing or no longer reads or \
            schedules (a store from another salesops release, a hand-edited file) and go on with \
            everyone else; this repairs it. The recorded events stay; due dates follow the new version. \
            The re-pin is an event, with who did it (SALESOPS_ACTOR, else the login name) and the two \
            versions. Already on the current version: nothing changes.

            Example: salesops onboard repin ana.lima --track sdr-30-60-90 --note "track fixed in the catalog"
            """
    )

    @Argument(help: "The person's id.")
    var person: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let result = try workspaceOptions.service.repin(RepinRequest(person: person, track: track, note: note))
        guard let event = result.event else {
            print("\(result.key) is pinned to the current version \(result.currentVersion.prefix(12)) already; nothing changed")
            return
        }
        print("Re-pinned \(result.key) from version \(result.previousVersion.prefix(12)) to \(result.currentVersion.prefix(12)) (by \(event.actor))")
        if !result.droppedSteps.isEmpty {
            print("Steps recorded but not in this version (kept in the history, no longer counted): \(result.droppedSteps.joined(separator: ", "))")
        }
    }
}
