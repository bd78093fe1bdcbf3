import ArgumentParser
import SalesOpsApp

/// PERSON, `--track`, `--on` and `--note`, shared by the lifecycle commands.
struct LifecycleOptions: ParsableArguments {
    @Argument(help: "The person's id.")
    var person: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: ArgumentHelp("When it happens or happened (YYYY-MM-DD; default today).", valueName: "date"), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if let note, note.count > RecordOptions.maxNoteLength {
            throw ValidationError("--note is \(note.count) characters long; keep it to \(RecordOptions.maxNoteLength) (attach longer evidence elsewhere and link it)")
        }
    }

    var request: LifecycleRequest {
        LifecycleRequest(person: person, track: track, on: on, note: note)
    }

    /// The change in a line: what was recorded, by whom, or that nothing changed.
    func describe(_ result: LifecycleResult, _ what: String) -> String {
        guard let event = result.event else { return "\(result.key): nothing to change" }
        if result.alreadyRecorded {
            return "Already recorded: \(event.kind.rawValue) for \(result.key) on \(event.date) (event #\(event.sequence)); nothing changed"
        }
        return "\(result.key): \(what) (by \(event.actor))"
    }
}
