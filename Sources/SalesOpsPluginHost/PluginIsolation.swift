/// Where a plugin's code runs.
package enum PluginIsolation: String, Sendable, Hashable {
    /// Loaded into salesops itself: the fastest, but a crash, a hang or an `exit()` in the
    /// plugin takes salesops with it. The default for the bundled plugins beside the executable.
    case inProcess = "in-process"
    /// Loaded into a helper process (`salesops-plugin-runner`) that speaks the same JSON over a
    /// socket: a crash, a hang (past the time limit) or an `exit()` there becomes that plugin's
    /// error. The default for plugins from `--plugins` and `SALESOPS_PLUGIN_PATH` folders.
    case process
}

/// How the loader decides each plugin's isolation, and the time limit of an isolated call.
package struct IsolationPolicy: Sendable, Hashable {
    /// `--isolate-plugins`: every plugin in a helper process, bundled ones included.
    package var isolateAll: Bool
    /// The longest one isolated call may take before its helper process is stopped.
    package var callTimeoutSeconds: Double

    /// The default time limit of one isolated call.
    package static let defaultCallTimeoutSeconds = 30.0

    package init(isolateAll: Bool = false, callTimeoutSeconds: Double = IsolationPolicy.defaultCallTimeoutSeconds) {
        self.isolateAll = isolateAll
        self.callTimeoutSeconds = callTimeoutSeconds
    }

    /// A plugin's isolation: `--isolate-plugins` wins; then its folder's lock file when it
    /// says; then in-process beside the executable and a helper process elsewhere.
    func isolation(lockSays pinned: PluginIsolation?, folder: PluginSearchPath.Folder) -> PluginIsolation {
        if isolateAll { return .process }
        if let pinned { return pinned }
        return folder.isExplicit ? .process : .inProcess
    }
}
