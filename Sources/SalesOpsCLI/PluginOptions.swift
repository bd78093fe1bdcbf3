import ArgumentParser
import SalesOpsPlugins

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plugin options every command that uses capabilities shares (`@OptionGroup var plugins: PluginOptions`).
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugins"), help: ArgumentHelp(
        "A folder of plugin libraries (*.so), searched before $SALESOPS_PLUGIN_PATH and the executable's folder. Repeatable.",
        valueName: "dir"))
    var folders: [String] = []

    @Flag(name: .customLong("strict-plugins"), help: "Fail (exit 1) when any plugin cannot be loaded, instead of skipping it.")
    var strict = false

    /// Loads the plugins on the search path into `registry` (which may already hold the
    /// built-ins). Without `--strict-plugins` refusals are returned for the caller to show;
    /// with it they are printed to stderr and the command exits 1.
    func load(into registry: inout PluginRegistry) throws -> PluginLoadReport {
        let loader = PluginLoader(searchPath: .standard(options: folders))
        guard strict else { return loader.load(into: &registry) }
        do {
            return try loader.loadStrictly(into: &registry)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
    }
}
