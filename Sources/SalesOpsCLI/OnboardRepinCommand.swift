import ArgumentParser
import SalesOpsApp
import SalesOpsOnboarding
import SalesOpsStore

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
        try OnboardingWorkspace.run {
            let workspace = try workspaceOptions.open(writing: true)
            _ = try workspace.catalog
            _ = try workspace.registry
            let (history, event, version) = try workspace.store.exclusive {
                () throws -> (EnrolmentHistory, OnboardingEvent?, TrackVersion) in
                let history = try workspace.history(person: person, track: track)
                let version = try workspace.currentVersion(of: history.enrolment.track)
                let plan = try TrackPlan(version: version)
                let rules = workspace.rules(today: workspace.today(for: history.person, plan: plan))
                guard let event = rules.repin(history.enrolment, to: version, note: note) else { return (history, nil, version) }
                var pinned = history.enrolment
                pinned.trackVersion = version.hash
                pinned.calendarVersion = version.calendarHash
                try workspace.store.write(StoreBatch(definitions: StoredDefinition.pinning(version), pins: [pinned], events: [event]))
                return (history, event, version)
            }
            let key = history.enrolment.key
            guard let event else {
                print("\(key) is pinned to the current version \(version.shortHash) already; nothing changed")
                return
            }
            print("Re-pinned \(key) from version \(history.enrolment.trackVersion.prefix(12)) to \(version.shortHash) (by \(event.actor))")
            // Events of steps the new version no longer has stay in the history but stop counting.
            let steps = Set(version.track.spec.steps.map(\.id))
            let dropped = Set(history.events.compactMap(\.step)).subtracting(steps).sorted()
            if !dropped.isEmpty {
                print("Steps recorded but not in this version (kept in the history, no longer counted): \(dropped.joined(separator: ", "))")
            }
        }
    }
}
