import ArgumentParser
import SalesOpsApp

/// The catalog and plugin options of the commands that run the evaluator (evaluate, audit).
struct EvaluationOptions: ParsableArguments {
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions

    var service: EvaluationService { EvaluationService(catalog: catalog.service, plugins: plugins.settings) }
}
