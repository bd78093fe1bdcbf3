import Foundation
import SalesOpsPluginHost

/// Builds a plugin project that lives outside this package the way its author would (the
/// cookbook's examples under `examples/plugins/`, or what `salesops plugins new` writes), and
/// puts the library alone in a new folder the plugin loader trusts, ready for `--plugins`.
///
/// ```swift
/// let plugin = try OutOfTreeBuild.example("swift-verifier")   // examples/plugins/swift-verifier
/// let run = try SalesOpsRun.process(["plugins", "info", "my-verifier", "--plugins", plugin.folder])
/// ```
///
/// A folder with a `Package.swift` is built with `swift build --product NAME` (only the plugin
/// and the SDK modules it needs) in a scratch folder kept per product, `.build/out-of-tree/NAME`
/// in this checkout, so a later build of the same project is incremental (a scratch folder
/// cannot be shared between packages: SwiftPM keeps the first one's build plan). Swift builds
/// run one at a time, to leave the machine's cores to the one running.
/// A folder with a `Makefile` is copied and built there with `make SALESOPS=<this checkout>`, so
/// nothing is written into the example. Either way the project must produce `libNAME.so`.
package enum OutOfTreeBuild {
    /// A built plugin: `library` (`lib<product>.so`) inside `folder`, which holds nothing else.
    package struct Plugin: Sendable {
        package var folder: String
        package var library: String
    }

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    package static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let swiftBuilds = NSLock()

    /// The scratch folder of a product's out-of-tree Swift build.
    package static func scratchPath(_ product: String) -> String {
        packageRoot.appendingPathComponent(".build/out-of-tree/" + product).path
    }

    /// Builds `examples/plugins/NAME`; its library is `lib<product>.so` (default: `lib<NAME>.so`).
    package static func example(_ name: String, product: String? = nil) throws -> Plugin {
        try build(packageRoot.appendingPathComponent("examples/plugins/" + name).path, product: product ?? name)
    }

    /// Builds the project in `folder` (a Swift package or a Makefile) and returns `lib<product>.so`
    /// in a new trusted plugin folder.
    package static func build(_ folder: String, product: String) throws -> Plugin {
        let library = "lib\(product).so"
        let built: String
        if FileManager.default.fileExists(atPath: folder + "/Package.swift") {
            swiftBuilds.lock()
            defer { swiftBuilds.unlock() }
            try run(["swift", "build", "--product", product, "--scratch-path", scratchPath(product)], in: folder)
            built = scratchPath(product) + "/debug/" + library
        } else if FileManager.default.fileExists(atPath: folder + "/Makefile") {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-out-of-tree-\(UUID().uuidString)").path
            try FileManager.default.copyItem(atPath: folder, toPath: copy)
            try run(["make", "SALESOPS=" + packageRoot.path], in: copy)
            built = copy + "/" + library
        } else {
            throw Failure(description: "\(folder) has neither a Package.swift nor a Makefile")
        }
        let plugins = try pluginFolder()
        let destination = plugins + "/" + library
        try FileManager.default.copyItem(atPath: built, toPath: destination)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: destination)
        return Plugin(folder: plugins, library: destination)
    }

    /// A new empty plugin folder the loader trusts (`TrustedScratch`).
    package static func pluginFolder() throws -> String {
        let path = try TrustedScratch.folder("out-of-tree-plugins", packageRoot: packageRoot) {
            PluginLoader.untrusted($0, what: "plugin folder") == nil
        }
        if let problem = PluginLoader.untrusted(path, what: "plugin folder") {
            throw Failure(description: "no folder the plugin loader trusts for the built plugin: \(problem)")
        }
        return path
    }

    /// Runs `arguments` (found on PATH) in `folder`; a failure carries everything it printed.
    package static func run(_ arguments: [String], in folder: String) throws {
        let result = try TestProcess.run("/usr/bin/env", arguments, in: URL(fileURLWithPath: folder),
                                         environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else {
            throw Failure(description: "`\(arguments.joined(separator: " "))` in \(folder) exited with \(result.status):\n"
                + result.stdout + result.stderr)
        }
    }
}
