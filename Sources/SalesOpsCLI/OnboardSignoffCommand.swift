import ArgumentParser
import SalesOpsOnboarding

/// `salesops onboard signoff PERSON STEP --by MANAGER`.
struct OnboardSignoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "Sign off a certification step (manager or customer sign-off); the step's verifier decides.",
        discussion: "Example: salesops onboard signoff ana.lima review-30-day --by maya.chen"
    )

    @Option(help: "Who signs off.")
    var by: String

    @OptionGroup var record: RecordOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        try OnboardingSession.run {
            let date = try record.date()
            let session = try OnboardingSession(storeOptions, catalog: catalogOptions, plugins: pluginOptions, writing: true)
            try session.record(person: record.person, track: record.track, actor: by) { state, plan, desk in
                try desk.attempt(state, plan: plan, step: record.step, on: date, signedOffBy: by, note: record.note,
                                 registry: try session.registry)
            }
        }
    }
}
