import ArgumentParser
import SalesOpsApp

/// `--store`, `--today`, `--catalog` and `--plugins`: what the onboarding services work with.
struct WorkspaceOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Who records (default: SALESOPS_ACTOR, then the login name); trusted as given.", valueName: "person"))
    var actor: String?

    /// The onboarding service these options configure; skipped plugins are reported on stderr.
    var service: OnboardingService {
        OnboardingService(storePath: store.location, today: store.today, catalog: catalog.service, plugins: plugins.settings,
                          actor: actor.flatMap { $0.isEmpty ? nil : $0 } ?? Invocation.current.variable("SALESOPS_ACTOR") ?? Invocation.current.variable("USER")) { skipped in
            for failure in skipped { Output.error("plugin not loaded: \(failure)") }
        }
    }
}

/// After a report's rows: the enrolments it left out, as an error (stderr, exit code 1).
func failIfLeftOut(_ problems: [OnboardingError]) throws(AppError) {
    guard problems.isEmpty else { throw .enrolmentsLeftOut(problems) }
}
