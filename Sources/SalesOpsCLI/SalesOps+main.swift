import ArgumentParser
import Foundation
import SalesOpsApp

extension SalesOps {
    /// Runs the command line with the product's exit codes: 0 ok, 1 findings, invalid input
    /// or output that could not be written, 2 usage (ArgumentParser's own default is 64).
    public static func runMain() -> Never {
        // A closed pipe becomes a write error that is reported, not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            if let presented = ErrorPresenter.present(error) {
                Output.printErrors(presented.lines)
                Foundation.exit(presented.exitCode)
            }
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // --help, --version, completion scripts: standard output like any result.
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { Output.printErrors([message]) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
