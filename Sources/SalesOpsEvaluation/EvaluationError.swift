/// Why an evaluation could not be run; each names what to fix.
package struct EvaluationError: Error, Sendable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
