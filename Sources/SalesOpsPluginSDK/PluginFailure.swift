/// An error a capability throws to fail a call with a message of its own; it reaches the
/// host as `{"error": message}` with code `SALESOPS_PLUGIN_ERROR_FAILED`.
///
/// Any other thrown error works too (its description becomes the message); this one just
/// reads well: `throw PluginFailure("params.passMark must be between 0 and 1")`.
public struct PluginFailure: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
