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

    @Flag(name: .customLong("isolate-plugins"), help: "Run every plugin, the bundled ones too, in a helper process, so a crash, a hang or an exit() there is that plugin's error. (Plugins from --plugins and $SALESOPS_PLUGIN_PATH are isolated anyway, unless their plugins.lock says `# salesops: isolation=in-process FILE`.)")
    var isolateAll = false

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp(
        "The longest one call to an isolated plugin may take, in seconds, before its helper process is stopped (default 30).",
        valueName: "seconds"))
    var timeout: Double = IsolationPolicy.defaultCallTimeoutSeconds

    func validate() throws {
        guard timeout > 0, timeout <= 3600 else {
            throw ValidationError("--plugin-timeout must be a number of seconds above 0 and at most 3600, found \(timeout)")
        }
    }

    var searchPath: PluginSearchPath {
        noBundled ? .standard(options: folders, executableFolder: nil) : .standard(options: folders)
    }

    /// Loads the plugins on the search path into `registry` (which may already hold the
    /// built-ins). Without `--strict-plugins` refusals are returned for the caller to show;
    /// with it they are printed to stderr and the command exits 1. Two plugins claiming one
    /// id always stop the command (exit 1, both named), unless `listing` asks for the report
    /// so it can be shown first.
    func load(into registry: inout PluginRegistry, listing: Bool = false) throws -> PluginLoadReport {
        let loader = PluginLoader(searchPath: searchPath, isolation: IsolationPolicy(isolateAll: isolateAll, callTimeoutSeconds: timeout))
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
