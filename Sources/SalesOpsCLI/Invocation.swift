import Foundation
import SalesOpsApp

/// One run of the command line: the environment it reads, the folder its relative paths start
/// from, and where its standard output and error go. A process is one run of its own; tests run
/// commands in-process, each with its own run, side by side.
package struct Invocation: Sendable {
    package var environment: [String: String]
    /// The folder relative paths are read from; nil: the process's working directory.
    package var directory: String?
    /// Standard output and error kept in memory instead of written to the process's.
    package var captured: CapturedOutput?

    @TaskLocal package static var current = Invocation(environment: ProcessInfo.processInfo.environment)

    package init(environment: [String: String], directory: String? = nil, captured: CapturedOutput? = nil) {
        self.environment = environment
        // Relative paths need no rewriting, and keep reading as the user wrote them, when the
        // run's folder is the process's own.
        self.directory = directory == FileManager.default.currentDirectoryPath ? nil : directory
        self.captured = captured
    }

    /// `path` as this run opens it: relative paths start from `directory`.
    func path(_ path: String) -> String {
        guard let directory, !path.hasPrefix("/") else { return path }
        return path.isEmpty || path == "." ? directory : directory + "/" + path
    }

    /// The UTF-8 text of the file the user named as `file`.
    func text(of file: String) throws(OnboardOptionError) -> String {
        guard let data = FileManager.default.contents(atPath: path(file)) else { throw .unreadableFile(file) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(file) }
        return text
    }

    /// The value of an environment variable, nil when unset or empty.
    func variable(_ name: String) -> String? {
        environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Keeps `values` until the process exits, when a command has done with them.
    ///
    /// A large catalog or report is millions of values; freeing them one by one just before the
    /// process ends, and the system takes its memory back whole, was a tenth of a run (clang's
    /// `-disable-free` skips the same work). A run in process, as tests make, keeps nothing.
    func keepUntilExit(_ values: Any...) {
        guard captured == nil else { return }
        KeptUntilExit.shared.add(values)
    }
}

/// What `Invocation.keepUntilExit` holds, reachable from a global (so leak checkers see it held)
/// and never released.
private final class KeptUntilExit: @unchecked Sendable {
    static let shared = KeptUntilExit()
    private let lock = NSLock()
    private var values: [Any] = []

    func add(_ more: [Any]) {
        lock.withLock { values += more }
    }
}

/// A run's standard output and error, kept as text.
package final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    package init() {}

    package var output: String { lock.withLock { outputText } }
    package var error: String { lock.withLock { errorText } }

    func append(_ text: String, to stream: StandardStream) {
        lock.withLock {
            if stream == .output { outputText += text } else { errorText += text }
        }
    }
}
