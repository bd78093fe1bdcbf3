import Foundation
import SalesOpsPlugins
import Testing

/// What commands do when plugins are missing or clash, through the real executable and the
/// real bundled libraries.
@Suite struct PluginCommandLineTests {
    /// A new plugin folder holding copies of these bundled libraries, inside the package's
    /// .build (the loader refuses folders under /tmp).
    static func pluginFolder(with plugins: [String] = []) throws -> String {
        let root = CommandLineTests.packageRoot.appendingPathComponent(".build/cli-plugin-fixtures").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let folder = root + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        for plugin in plugins {
            try FileManager.default.copyItem(atPath: bundledFolder + "/lib\(plugin).so", toPath: folder + "/lib\(plugin).so")
        }
        return folder
    }

    static var bundledFolder: String {
        PluginSearchPath.runningExecutableFolder ?? CommandLineTests.packageRoot.appendingPathComponent(".build/debug").path
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func aPluginOnThePathTwiceStopsEveryCommandNamingBothFiles() throws {
        let folder = try Self.pluginFolder(with: ["residency-fit"])
        let bundled = Self.bundledFolder + "/libresidency-fit.so"
        let error = "salesops: plugin \"residency-fit\" is loaded twice: from \(folder)/libresidency-fit.so and from \(bundled); remove one of them from the plugin path\n"

        let list = try CommandLineTests.salesops(["plugins", "list", "--plugins", folder])
        #expect(list.status == 1)
        #expect(list.stderr == error)
        #expect(list.stdout.contains("Failed to load:\n  \(bundled)\n"), "\(list.stdout)")

        for command in [["plugins", "info", "residency-fit"], ["evaluate", "--today", "2026-11-29"], ["catalog", "validate"]] {
            let result = try CommandLineTests.salesops(command + ["--plugins", folder])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == error, "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
        }
    }

    @Test func noBundledPluginsLeavesOnlyTheNamedFolders() throws {
        let some = try Self.pluginFolder(with: ["residency-fit"])
        let result = try CommandLineTests.salesops(["plugins", "list", "--format", "json", "--plugins", some, "--no-bundled-plugins"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"file\": \"\(some)/libresidency-fit.so\""), "\(result.stdout)")
        #expect(!result.stdout.contains("hire-onboarding"))
    }
}
