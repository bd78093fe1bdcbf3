import ArgumentParser
import SalesOpsApp
import SalesOpsBasics
import SalesOpsOnboarding

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

    /// Opens the workspace and records, for PERSON on their track, the event `decide` makes
    /// (see `OnboardingWorkspace.record`).
    func recordEvent(actor: String? = nil,
                     _ decide: (OnboardingWorkspace, EnrolmentState, TrackPlan, OnboardingRules) throws -> OnboardingEvent) throws {
        let opened = try workspace.open(writing: true)
        let recorded = try opened.record(person: person, track: track, actor: actor) { state, plan, rules in
            try decide(opened, state, plan, rules)
        }
        print(Self.describe(recorded, person: person))
    }

    /// What was recorded, in a line: the event, or that the store already had it.
    static func describe(_ recorded: RecordedEvent, person: String) -> String {
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
            if attempt.passed, let certification = recorded.plan.steps.first(where: { $0.id == step })?.certification,
               let validFor = certification.validFor {
                line += "; certified until \(validFor.added(to: event.date))"
            }
            return line
        case .enrolled, .completed, .waived, .repinned:
            return "\(person) · \(step): \(event.kind.rawValue) on \(event.date)"
        }
    }
}
