import ArgumentParser
import SalesOpsOnboarding

/// `salesops onboard signoff PERSON STEP --by MANAGER`.
struct OnboardSignoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "Sign off a certification step (manager or customer sign-off); the step's verifier decides.",
        discussion: "Example: salesops onboard signoff ana.lima review-30-day --by maya.chen"
    )

    @Argument(help: "The person's id.")
    var person: String

    @Argument(help: "The certification step's id.")
    var step: String

    @Option(help: "Who signs off.")
    var by: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: ArgumentHelp("When it was signed off (YYYY-MM-DD; default today).", valueName: "date"))
    var on: String?

    @Option(help: "A note kept with the event.")
    var note: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        try OnboardingSession.run {
            let date = try OnboardingSession.date(on, option: "--on")
            let session = try OnboardingSession(storeOptions, catalog: catalogOptions, plugins: pluginOptions)
            try session.record(person: person, track: track, actor: by) { state, plan, desk in
                try desk.attempt(state, plan: plan, step: step, on: date, signedOffBy: by, note: note,
                                 registry: try session.registry)
            }
        }
    }
}
