import ArgumentParser
import SalesOpsApp

/// `salesops onboard reenrol PERSON --track T --start DATE`.
struct OnboardReenrolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reenrol",
        abstract: "Start a new cycle on a track: a rehire or a failed ramp.",
        discussion: """
            The new cycle is on the track's current version and starts from --start with every step open; \
            the earlier cycles stay in `onboard history`.

            Example: salesops onboard reenrol ben.okafor --track ae-onboarding --start 2026-06-01
            """
    )

    @Argument(help: "The person's id.")
    var person: String

    @Option(help: "The track (the person must have been enrolled on it; else use `onboard enroll`).")
    var track: String

    @Option(help: ArgumentHelp("The new cycle's first day (YYYY-MM-DD).", valueName: "date"), transform: CalendarDate.argument)
    var start: CalendarDate

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let result = try workspaceOptions.service.reenrol(LifecycleRequest(person: person, track: track, note: note), start: start)
        guard let event = result.event else {
            print("\(result.key) is re-enrolled from \(start) already; nothing changed")
            return
        }
        print("\(result.key): cycle \(result.state.cycle.number) starting \(result.state.effectiveStart), version \(result.state.trackVersion.prefix(12)) (by \(event.actor))")
    }
}
