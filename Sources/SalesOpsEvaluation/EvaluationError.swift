/// Why an evaluation could not be run; each names what to fix.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
