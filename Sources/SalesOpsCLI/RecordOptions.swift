import ArgumentParser
import SalesOpsApp

/// PERSON STEP, `--track`, `--on` and `--note`, shared by the commands that record a step
/// event: the lifecycle commands' options with the step after the person.
struct RecordOptions: ParsableArguments {
    @OptionGroup var event: LifecycleOptions

    @Argument(help: "The step's id in the person's track.")
    var step: String

    var person: String { event.person }
    var workspace: WorkspaceOptions { event.workspace }

    /// The longest `--note` kept with an event, in characters.
    static let maxNoteLength = 2000

    var request: StepRequest {
        StepRequest(person: person, step: step, track: event.track, on: event.on, note: event.note)
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
            line += attempt.pending ? "pending" : attempt.passed ? "passed" : "did not pass"
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
