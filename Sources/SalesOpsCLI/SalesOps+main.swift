import ArgumentParser
import Foundation

extension SalesOps {
    /// Runs the command line with the product's exit codes: 0 ok, 1 findings or invalid input,
    /// 2 usage (ArgumentParser's own default for usage errors is 64).
    public static func runMain() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
