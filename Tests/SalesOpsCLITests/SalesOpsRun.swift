import Foundation
import SalesOpsCLI
import SalesOpsPluginHost
import SalesOpsTestSupport

/// Running salesops for a test: in this process, with its own environment, folder and captured
/// output (most tests), or as the built executable, where the process itself is what is tested
/// (exit codes, a full disk, a closed pipe, concurrent writers).
enum SalesOpsRun {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The process's environment without the variables that would change what salesops reads,
    /// plus `variables`.
    static func environment(_ variables: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["SALESOPS_CATALOG", "SALESOPS_PLUGIN_PATH", "SALESOPS_ACTOR", "SALESOPS_STORE"] {
            environment.removeValue(forKey: name)
        }
        return environment.merging(variables) { $1 }
    }

    /// `salesops ARGUMENTS` run in this process as if in `directory`.
    static func inProcess(_ arguments: [String], in directory: URL = packageRoot, variables: [String: String] = [:]) -> TestProcess.Result {
        let run = SalesOps.runInProcess(arguments, environment: environment(variables), directory: directory.path)
        return TestProcess.Result(status: run.status, stdout: run.output, stderr: run.error)
    }

    /// The built `salesops` executable.
    static var executable: String {
        (PluginSearchPath.runningExecutableFolder ?? packageRoot.appendingPathComponent(".build/debug").path) + "/salesops"
    }

    /// `salesops ARGUMENTS` run as a process in `directory`; `stdout` sends its standard output
    /// somewhere else (a device, a closed pipe) instead of capturing it.
    static func process(_ arguments: [String], in directory: URL = packageRoot, variables: [String: String] = [:],
                        stdout: FileHandle? = nil) throws -> TestProcess.Result {
        try TestProcess.run(executable, arguments, in: directory, environment: environment(variables), stdout: stdout)
    }
}
