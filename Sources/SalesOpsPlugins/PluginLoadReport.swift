/// What one pass over the search path did: the plugins it loaded and every one it refused.
public struct PluginLoadReport: Sendable {
    public var loaded: [LoadedPlugin]
    public var failures: [PluginLoadFailure]

    public init(loaded: [LoadedPlugin] = [], failures: [PluginLoadFailure] = []) {
        self.loaded = loaded
        self.failures = failures
    }

    /// Two plugins (or a plugin and a built-in) claiming one plugin or capability id. Commands
    /// treat these as errors, not skips: which copy would run depends on the search order,
    /// and a planted copy must never win quietly.
    public var conflicts: [PluginLoadFailure] {
        failures.filter { $0.problem == .duplicateCapability || $0.problem == .duplicatePlugin }
    }
}

/// `--strict-plugins`: at least one plugin failed to load, so none were registered.
public struct PluginLoadError: Error, Sendable, CustomStringConvertible {
    public let failures: [PluginLoadFailure]

    public init(failures: [PluginLoadFailure]) {
        self.failures = failures
    }

    public var description: String {
        let count = failures.count == 1 ? "1 plugin" : "\(failures.count) plugins"
        return "\(count) failed to load (--strict-plugins refuses to go on):\n"
            + failures.map { "  \($0)" }.joined(separator: "\n")
    }
}
