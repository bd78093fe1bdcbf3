/// What one pass over the search path did: the plugins it loaded and every one it refused.
package struct PluginLoadReport: Sendable {
    package var loaded: [LoadedPlugin]
    package var failures: [PluginLoadFailure]

    package init(loaded: [LoadedPlugin] = [], failures: [PluginLoadFailure] = []) {
        self.loaded = loaded
        self.failures = failures
    }

    /// Two plugins (or a plugin and a built-in) claiming one plugin or capability id. Commands
    /// treat these as errors, not skips: which copy would run depends on the search order,
    /// and a planted copy must never win quietly.
    package var conflicts: [PluginLoadFailure] {
        failures.filter { $0.problem == .duplicateCapability || $0.problem == .duplicatePlugin }
    }
}

/// `--strict-plugins`: at least one plugin failed to load, so none were registered.
package struct PluginLoadError: Error, Sendable, CustomStringConvertible {
    package let failures: [PluginLoadFailure]

    package init(failures: [PluginLoadFailure]) {
        self.failures = failures
    }

    package var description: String {
        let count = failures.count == 1 ? "1 plugin" : "\(failures.count) plugins"
        return "\(count) failed to load (--strict-plugins refuses to go on):\n"
            + failures.map { "  \($0)" }.joined(separator: "\n")
    }
}
