import ArgumentParser
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
        try opened.record(person: person, track: track, actor: actor) { state, plan, rules in
            try decide(opened, state, plan, rules)
        }
    }
}
