/// A plugin call that did not give a usable answer: the plugin returned an error, bad JSON,
/// the wrong number of results or a non-finite score. Names the plugin, its file and the
/// capability, so the user knows whom to blame.
package struct PluginInvocationError: Error, Sendable, Equatable, CustomStringConvertible {
    package let plugin: String
    package let file: String
    /// `type/id`, e.g. `criterion/data-residency-fit`.
    package let capability: String
    /// The plugin's non-zero return code, or nil when the call "succeeded" with a bad response.
    package let code: Int32?
    package let message: String
    /// Whether the plugin's helper process failed (crashed, exited, hung), rather than the plugin answering badly.
    package var processFailed = false

    package var description: String {
        let what = processFailed ? "failed" : code.map { "failed (code \($0))" } ?? "returned a malformed response"
        return "plugin \(plugin) (\(file)): \(capability) \(what): \(message)"
    }
}
