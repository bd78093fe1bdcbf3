import ArgumentParser
import Foundation
import SalesOpsApp

extension SalesOps {
    /// Runs the command line in this process and exits with the product's exit code.
    package static func runMain() -> Never {
        // A closed pipe becomes a write error that is reported, not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        Foundation.exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs one command line within the current `Invocation` and returns its exit code: 0 ok,
    /// 1 findings, invalid input or output that could not be written, 2 usage (ArgumentParser's
    /// own default is 64).
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            if let presented = ErrorPresenter.present(error) {
                Output.printErrors(presented.lines)
                return presented.exitCode
            }
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // --help, --version, completion scripts: standard output like any result.
                if !message.isEmpty { print(message) }
                return 0
            }
            if !message.isEmpty { Output.printErrors([message]) }
            return code == .validationFailure ? 2 : code.rawValue
        }
    }

    /// Runs one command line in this process, as `salesops ARGUMENTS` would run in `directory`
    /// with `environment`, and returns its exit code and what it wrote. Tests use it.
    package static func runInProcess(_ arguments: [String], environment: [String: String], directory: String)
        -> (status: Int32, output: String, error: String) {
        let captured = CapturedOutput()
        let status = Invocation.$current.withValue(Invocation(environment: environment, directory: directory, captured: captured)) {
            run(arguments)
        }
        return (status, captured.output, captured.error)
    }
}
