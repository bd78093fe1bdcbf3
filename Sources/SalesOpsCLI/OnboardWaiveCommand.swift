import ArgumentParser
import SalesOpsOnboarding

/// `salesops onboard waive PERSON STEP`.
struct OnboardWaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Excuse a person from a step; it counts as done (and unblocks what depends on it).",
        discussion: "Example: salesops onboard waive ana.lima tools-orientation --note \"joined from the SDR team\""
    )

    @Argument(help: "The person's id.")
    var person: String

    @Argument(help: "The step's id in the person's track.")
    var step: String

    @Option(help: "Which of the person's tracks (needed when they are on several).")
    var track: String?

    @Option(help: ArgumentHelp("When it was waived (YYYY-MM-DD; default today).", valueName: "date"))
    var on: String?

    @Option(help: "Why; kept with the event.")
    var note: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        try OnboardingSession.run {
            let date = try OnboardingSession.date(on, option: "--on")
            let session = try OnboardingSession(storeOptions, catalog: catalogOptions, plugins: pluginOptions)
            try session.record(person: person, track: track) { state, plan, desk in
                try desk.waive(state, plan: plan, step: step, on: date, note: note)
            }
        }
    }
}
