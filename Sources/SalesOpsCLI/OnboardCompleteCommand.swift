import ArgumentParser
import SalesOpsOnboarding

/// `salesops onboard complete PERSON STEP`.
struct OnboardCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Record that a person completed a step.",
        discussion: """
            A step whose dependencies are not done is blocked and cannot be completed: complete or waive \
            the dependencies first. On a certification step, --evidence N is passed to the step's verifier \
            as an attempt (use `onboard attempt` for scores).

            Examples:
              salesops onboard complete ana.lima product-training
              salesops onboard complete ana.lima shadow-discovery-calls --evidence 5 --on 2026-03-20
            """
    )

    @Argument(help: "The person's id.")
    var person: String

    @Argument(help: "The step's id in the person's track.")
    var step: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: ArgumentHelp("When it was done (YYYY-MM-DD; default today).", valueName: "date"))
    var on: String?

    @Option(help: "A note kept with the event.")
    var note: String?

    @Option(help: "How many pieces of evidence were submitted (for evidence-based certifications).")
    var evidence: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        try OnboardingSession.run {
            let date = try OnboardingSession.date(on, option: "--on")
            if let evidence, evidence < 0 { throw OnboardingError.negativeCount(option: "--evidence", value: evidence) }
            let session = try OnboardingSession(storeOptions, catalog: catalogOptions, plugins: pluginOptions)
            try session.record(person: person, track: track) { state, plan, desk in
                try desk.complete(state, plan: plan, step: step, on: date, note: note, evidence: evidence,
                                  registry: try session.registry)
            }
        }
    }
}
