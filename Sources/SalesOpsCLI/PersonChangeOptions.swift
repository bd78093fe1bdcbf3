import ArgumentParser
import SalesOpsApp

/// PERSON, `--on` and `--note`, shared by the commands that change a person's details.
struct PersonChangeOptions: ParsableArguments {
    @Argument(help: "The person's id.")
    var person: String

    @Option(help: ArgumentHelp("From when (YYYY-MM-DD; default today).", valueName: "date"), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var workspace: WorkspaceOptions

    var request: LifecycleRequest {
        LifecycleRequest(person: person, on: on, note: note)
    }

    /// The change in a line, or that the person has these details on that day already.
    func describe(_ result: PersonChangeResult, _ what: String) -> String {
        guard let first = result.events.first else { return "\(person) has these details already; nothing changed" }
        return "\(person) \(what) from \(first.date) (by \(first.actor))"
    }
}
