import Foundation
@testable import SalesOpsPluginHost
import SalesOpsTestSupport

/// Builds the C fixture plugins of Fixtures/ into temporary folders and finds the bundled
/// plugins SwiftPM built beside the test binary.
enum PluginFixtures {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let abiHeaders = packageRoot.appendingPathComponent("Sources/CSalesOpsPluginABI/include").path

    /// A new empty folder (mode 0755) for fixture plugins, in a place the loader trusts
    /// (`TrustedScratch`), checked so a machine where none is fails here with the reason, not
    /// in every test.
    static func makeFolder() throws -> String {
        let path = try TrustedScratch.folder("plugin-fixtures", packageRoot: packageRoot) {
            PluginLoader.untrusted($0, what: "plugin folder") == nil
        }
        if let problem = PluginLoader.untrusted(path, what: "plugin folder") {
            throw Failure(description: """
                fixture plugins cannot be loaded: the plugin loader refuses folders others could \
                write, and neither the checkout's .build nor ~/.cache passes: \(problem)
                """)
        }
        return path
    }

    /// Compiles Fixtures/`source` with `cc -shared -fPIC` into `folder`/`library`.
    @discardableResult
    static func compile(_ source: String, as library: String, into folder: String) throws -> String {
        let output = folder + "/" + library
        try run("/usr/bin/env", ["cc", "-shared", "-fPIC", "-O1", "-I", abiHeaders, "-o", output,
                                 fixturesFolder.appendingPathComponent(source).path])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: output)
        return output
    }

    /// Copies Fixtures/`name` into `folder`/`target` (mode 0644).
    @discardableResult
    static func copy(_ name: String, as target: String, into folder: String) throws -> String {
        let output = folder + "/" + target
        try FileManager.default.copyItem(atPath: fixturesFolder.appendingPathComponent(name).path, toPath: output)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: output)
        return output
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) failed: \(String(decoding: message, as: UTF8.self))")
        }
    }

    static let bundledProducts = ["hire-onboarding", "customer-onboarding", "residency-fit", "partner-onboarding", "vendor-review"]

    /// The folder holding the bundled plugin libraries: beside the test binary, where
    /// `swift build` (and `swift build --build-tests`, which `swift test` runs) puts them.
    static func productsFolder() throws -> String {
        var candidates: [String] = []
        if let folder = PluginSearchPath.runningExecutableFolder { candidates.append(folder) }
        candidates.append(packageRoot.appendingPathComponent(".build/debug").path)
        for folder in candidates where bundledProducts.allSatisfy({
            FileManager.default.fileExists(atPath: "\(folder)/lib\($0).so")
        }) {
            return folder
        }
        throw Failure(description: """
            the bundled plugins (lib{\(bundledProducts.joined(separator: ","))}.so) are not built in \
            \(candidates.joined(separator: " or ")); run `swift build` before `swift test`
            """)
    }

    /// A loader over exactly these folders: no environment, no executable folder.
    static func loader(_ folders: [String]) -> PluginLoader {
        PluginLoader(searchPath: .standard(options: folders, environment: nil, executableFolder: nil))
    }

    /// A registry holding these fixture plugins (C source, library name), compiled into a new
    /// folder; any load failure is the result's failure. For suites that share one registry.
    static func registry(compiling plugins: [(source: String, library: String)]) -> Result<PluginRegistry, Failure> {
        do {
            let folder = try makeFolder()
            for plugin in plugins { try compile(plugin.source, as: plugin.library, into: folder) }
            var registry = PluginRegistry()
            let report = loader([folder]).load(into: &registry)
            guard report.failures.isEmpty else { return .failure(Failure(description: "\(report.failures)")) }
            return .success(registry)
        } catch let error as Failure {
            return .failure(error)
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }

    /// A registry holding the bundled plugins, loaded from the products folder.
    static func bundledRegistry() throws -> PluginRegistry {
        var registry = PluginRegistry()
        // As the CLI finds them: the folder beside the executable.
        let searchPath = PluginSearchPath.standard(environment: nil, executableFolder: try productsFolder())
        let report = PluginLoader(searchPath: searchPath).load(into: &registry)
        guard report.failures.isEmpty else {
            throw Failure(description: report.failures.map(\.description).joined(separator: "\n"))
        }
        return registry
    }
}
