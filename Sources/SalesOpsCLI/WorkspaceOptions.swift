import ArgumentParser
import SalesOpsApp
import SalesOpsOnboarding
import SalesOpsStore

/// `--store`, `--today`, `--catalog` and `--plugins`: what an onboarding command opens its
/// workspace from.
struct WorkspaceOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions

    /// Opens the workspace: `writing` commands create the store on first use; reports only read one.
    func open(writing: Bool) throws -> OnboardingWorkspace {
        try OnboardingWorkspace(storePath: store.store, writing: writing, today: store.today, catalog: catalog.service,
                                plugins: plugins.settings) { skipped in
            for failure in skipped { Output.error("plugin not loaded: \(failure)") }
        }
    }
}

extension OnboardingWorkspace {
    /// Runs a command body, reporting refusals as `salesops: message` and exit code 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as OnboardingError {
            Output.error(error.commandLineMessage)
            throw ExitCode(1)
        } catch where error is OnboardOptionError || error is StoreError || error is ImportProblems {
            Output.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// Problems with single enrolments, on stderr after a report's rows; then exit code 1.
    func reportProblems(_ problems: [OnboardingError]) throws {
        guard !problems.isEmpty else { return }
        for problem in problems { Output.error(problem.commandLineMessage) }
        Output.error("\(problems.count) enrolment\(problems.count == 1 ? "" : "s") could not be evaluated and \(problems.count == 1 ? "is" : "are") left out of this report")
        throw ExitCode(1)
    }
}
