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

    @Flag(name: .customLong("no-bundled-plugins"), help: "Do not load plugins from the salesops executable's folder (where `swift build` puts the bundled ones); only --plugins and $SALESOPS_PLUGIN_PATH.")
    var noBundled = false

    @Flag(name: .customLong("strict-plugins"), help: "Fail (exit 1) when any plugin cannot be loaded, instead of skipping it.")
    var strict = false

    var searchPath: PluginSearchPath {
        noBundled ? .standard(options: folders, executableFolder: nil) : .standard(options: folders)
    }

    /// Loads the plugins on the search path into `registry` (which may already hold the
    /// built-ins). Without `--strict-plugins` refusals are returned for the caller to show;
    /// with it they are printed to stderr and the command exits 1. Two plugins claiming one
    /// id always stop the command (exit 1, both named), unless `listing` asks for the report
    /// so it can be shown first.
    func load(into registry: inout PluginRegistry, listing: Bool = false) throws -> PluginLoadReport {
        let loader = PluginLoader(searchPath: searchPath)
        let report: PluginLoadReport
        if strict {
            do {
                report = try loader.loadStrictly(into: &registry)
            } catch {
                Output.error(error.description)
                throw ExitCode(1)
            }
        } else {
            report = loader.load(into: &registry)
        }
        if !listing { try Self.refuseConflicts(report) }
        return report
    }

    /// Exits 1 naming both sides of every plugin or capability id claimed twice.
    static func refuseConflicts(_ report: PluginLoadReport) throws {
        guard !report.conflicts.isEmpty else { return }
        for conflict in report.conflicts {
            Output.error(conflict.reason)
        }
        throw ExitCode(1)
    }
}
