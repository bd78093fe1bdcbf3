import ArgumentParser
import SalesOpsApp

/// PERSON STEP, `--track`, `--on` and `--note`, shared by the commands that record a step event.
struct RecordOptions: ParsableArguments {
    @Argument(help: "The person's id.")
    var person: String

    @Argument(help: "The step's id in the person's track.")
    var step: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: ArgumentHelp("When it happened (YYYY-MM-DD; default today).", valueName: "date"), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var workspace: WorkspaceOptions

    /// The longest `--note` kept with an event, in characters.
    static let maxNoteLength = 2000

    func validate() throws {
        if let note, note.count > Self.maxNoteLength {
            throw ValidationError("--note is \(note.count) characters long; keep it to \(Self.maxNoteLength) (attach longer evidence elsewhere and link it)")
        }
    }

    var request: StepRequest {
        StepRequest(person: person, step: step, track: track, on: on, note: note)
    }

    /// What was recorded, in a line: the event, or that the store already had it.
    func describe(_ recorded: RecordedEvent) -> String {
        let event = recorded.event
        let step = event.step ?? ""
        guard !recorded.alreadyRecorded else {
            return "Already recorded: \(event.kind.rawValue) \(step) for \(person) on \(event.date) (event #\(event.sequence)); nothing changed"
        }
        switch event.payload {
        case .attempted(_, let attempt):
            var line = "\(person) · \(step): attempt \(attempt.number) on \(event.date) "
            line += attempt.passed ? "passed" : "did not pass"
            line += " (\(attempt.reason))"
            if let until = recorded.certifiedUntil { line += "; certified until \(until)" }
            return line
        default:
            return "\(person) · \(step): \(event.kind.rawValue) on \(event.date)"
        }
    }
}

/// `--evidence` counts pieces of evidence, so it cannot be negative.
func checkEvidence(_ evidence: Int?) throws(OnboardOptionError) {
    if let evidence, evidence < 0 { throw .negativeCount(option: "--evidence", value: evidence) }
}
