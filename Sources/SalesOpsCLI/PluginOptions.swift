import ArgumentParser
import SalesOpsApp

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

    var settings: PluginSettings {
        let invocation = Invocation.current
        return PluginSettings(folders: folders.map(invocation.path), fromEnvironment: invocation.variable(PluginSearchPath.environmentVariable),
                       includeBundled: !noBundled, strict: strict,
                       isolation: IsolationPolicy(isolateAll: isolateAll, callTimeoutSeconds: timeout))
    }
}
