import SalesOpsApp
import SalesOpsPlugins

/// The one place an application error becomes what the user reads on stderr and the exit
/// code: located catalog errors as they are, then one `salesops: …` line per problem.
enum ErrorPresenter {
    static func present(_ error: AppError) -> (lines: [String], exitCode: Int32) {
        switch error {
        case let .invalidCatalog(directory, errors):
            let count = "\(errors.count) error\(errors.count == 1 ? "" : "s")"
            return (errors.map(\.description) + [
                "salesops: \(count) in the catalog at \(directory); fix them and run again (`salesops catalog validate` lists them)",
            ], 1)
        case .notFound(let notFound):
            return (["salesops: \(notFound)"], 1)
        case .noEvaluation:
            return (["salesops: the catalog has no Evaluation; add one or use --team with --category"], 1)
        case let .missingCapabilities(evaluation, missing):
            let what = missing.count == 1 ? "a criterion" : "criteria"
            return (missing.map(\.error.description) + [
                "salesops: the evaluation `\(evaluation)` uses \(what) that no loaded plugin provides",
            ], 1)
        case .pluginConflicts(let conflicts):
            return (conflicts.map { "salesops: \($0.reason)" }, 1)
        case .pluginsNotLoaded(let failures):
            return (["salesops: \(PluginLoadError(failures: failures))"], 1)
        case .builtIns(let message):
            return (["salesops: built-in criteria: \(message)"], 1)
        case .evaluation(let error):
            return (["salesops: \(error)"], 1)
        }
    }
}
