import ArgumentParser
import SalesOpsOnboarding

/// `salesops onboard waive PERSON STEP`.
struct OnboardWaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Excuse a person from a step; it counts as done (and unblocks what depends on it).",
        discussion: "Example: salesops onboard waive ana.lima tools-orientation --note \"joined from the SDR team\""
    )

    @OptionGroup var record: RecordOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        try OnboardingWorkspace.run {
            let workspace = try OnboardingWorkspace(storeOptions, catalog: catalogOptions, plugins: pluginOptions, writing: true)
            try workspace.record(person: record.person, track: record.track) { state, plan, rules in
                try rules.waive(state, plan: plan, step: record.step, on: record.on, note: record.note)
            }
        }
    }
}
