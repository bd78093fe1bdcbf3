import ArgumentParser
import SalesOpsApp

/// `salesops onboard upgrade PERSON --track T` (or `repin`): the move to a changed track, and
/// the repair for an enrolment whose pinned version can no longer be used.
struct OnboardUpgradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Move an enrolment to the track's current version, carrying recorded steps over by step id.",
        discussion: """
            Steps recorded in the old version that the new one still has count as before; those it no \
            longer has are listed (kept in the history, no longer counted). Due dates follow the new \
            version. It is also the repair reports name (as `onboard repin`) for an enrolment whose pinned \
            version is missing or no longer reads or schedules (a store from another salesops release, a \
            hand-edited file). The re-pin is an event, with who did it and the two versions. Already on \
            the current version: nothing changes.

            Example: salesops onboard upgrade ana.lima --track sdr-30-60-90 --note "track fixed in the catalog"
            """,
        aliases: ["repin"]
    )

    @Argument(help: "The person's id.")
    var person: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let result = try workspaceOptions.service.upgrade(LifecycleRequest(person: person, track: track, note: note))
        let repin = result.repin
        guard let event = repin.event else {
            print("\(repin.key) is on the current version \(repin.currentVersion.prefix(12)) already; nothing changed")
            return
        }
        print("Upgraded \(repin.key) from version \(repin.previousVersion.prefix(12)) to \(repin.currentVersion.prefix(12)) (by \(event.actor))")
        print("Carried over: \(result.carriedSteps.isEmpty ? "nothing recorded" : result.carriedSteps.joined(separator: ", "))")
        if !repin.droppedSteps.isEmpty {
            print("No longer in the track (kept in the history, no longer counted): \(repin.droppedSteps.joined(separator: ", "))")
        }
    }
}
