import Foundation

/// A process a test starts, with its standard output and error captured in files rather than
/// pipes: a pipe that nobody is reading fills up and blocks the child, and reading one pipe to
/// its end before the other can deadlock. Files cannot.
public final class TestProcess {
    /// What a finished process left: its exit status and everything it wrote.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    private let process: Process
    private let outputFile: URL?
    private let errorFile: URL

    /// Starts `executable`; `stdout` sends standard output somewhere else (a device, a closed
    /// pipe) instead of capturing it.
    public init(_ executable: String, _ arguments: [String], in directory: URL, environment: [String: String],
                stdout: FileHandle? = nil) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-test-process-\(UUID().uuidString)")
        errorFile = scratch.appendingPathExtension("stderr")
        outputFile = stdout == nil ? scratch.appendingPathExtension("stdout") : nil
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        if let outputFile {
            _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: outputFile)
        } else {
            process.standardOutput = stdout
        }
        try process.run()
    }

    /// The process's id, to signal it.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Waits for the process to end and reads what it wrote.
    public func wait() -> Result {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: errorFile)
            if let outputFile { try? FileManager.default.removeItem(at: outputFile) }
        }
        let output = outputFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: output, stderr: errors)
    }

    /// Starts the process and waits for it.
    public static func run(_ executable: String, _ arguments: [String], in directory: URL, environment: [String: String],
                           stdout: FileHandle? = nil) throws -> Result {
        try TestProcess(executable, arguments, in: directory, environment: environment, stdout: stdout).wait()
    }
}
