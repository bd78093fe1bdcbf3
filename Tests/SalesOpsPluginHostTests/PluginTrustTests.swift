import Foundation
import Testing
@testable import SalesOpsPluginHost

#if canImport(Glibc)
import Glibc
#endif

/// ssh-style trust: a plugin is refused when anyone but root or the user could change it, its
/// folder, or any folder above its real path.
@Suite("Plugin trust")
struct PluginTrustTests {
    static func setMode(_ mode: Int, _ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    static func makeSubfolder(_ parent: String, _ name: String, mode: Int) throws -> String {
        let path = parent + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try setMode(mode, path)
        return path
    }

    static func load(_ folders: [String]) -> (PluginRegistry, PluginLoadReport) {
        var registry = PluginRegistry()
        let report = PluginFixtures.loader(folders).load(into: &registry)
        return (registry, report)
    }

    @Test func aGroupWritableFolderAboveThePluginFolderIsRefused() throws {
        let shared = try Self.makeSubfolder(try PluginFixtures.makeFolder(), "shared", mode: 0o775)
        let plugins = try Self.makeSubfolder(shared, "plugins", mode: 0o755)
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: plugins)

        let (registry, report) = Self.load([plugins])
        #expect(registry.plugins.isEmpty)
        #expect(report.failures == [PluginLoadFailure(
            file: plugins, problem: .insecurePermissions,
            reason: "\(shared), a folder above the plugin folder, is writable by group or others (mode 775), so someone else could swap the code salesops runs; refusing it",
            fix: "run: chmod go-w \(shared)")])
    }

    /// A sticky folder stops others deleting your files, not planting their own beside them.
    @Test func aStickyWorldWritableFolderAboveIsRefused() throws {
        let sticky = try Self.makeSubfolder(try PluginFixtures.makeFolder(), "scratch", mode: 0o1777)
        let plugins = try Self.makeSubfolder(sticky, "mine", mode: 0o700)
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: plugins)

        let (_, report) = Self.load([plugins])
        #expect(report.failures == [PluginLoadFailure(
            file: plugins, problem: .insecurePermissions,
            reason: "\(sticky), a folder above the plugin folder, is writable by group or others (mode 1777), so someone else could swap the code salesops runs; refusing it",
            fix: "move the plugin out of \(sticky): a shared folder like /tmp lets anyone plant files; use a folder only you (or root) can write")])
    }

    @Test(.enabled(if: Self.tmpIsShared, "/tmp is not world-writable here"))
    func aPluginUnderTmpIsRefused() throws {
        let folder = "/tmp/salesops-trust-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)

        let (registry, report) = Self.load([folder])
        #expect(registry.plugins.isEmpty)
        #expect(report.failures.map(\.problem) == [.insecurePermissions])
        #expect(report.failures.first?.reason.hasPrefix("/tmp, a folder above the plugin folder, is writable by group or others (mode 1777)") == true)
    }

    static var tmpIsShared: Bool {
        var info = stat()
        return stat("/tmp", &info) == 0 && info.st_mode & S_IWOTH != 0
    }

    @Test func aSymlinkIsJudgedByTheFileItPointsTo() throws {
        let base = try PluginFixtures.makeFolder()
        let open = try Self.makeSubfolder(base, "open", mode: 0o777)
        let real = try Self.makeSubfolder(open, "real", mode: 0o755)
        let target = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: real)
        let plugins = try Self.makeSubfolder(base, "plugins", mode: 0o755)
        try FileManager.default.createSymbolicLink(atPath: plugins + "/libgood.so", withDestinationPath: target)

        let (registry, report) = Self.load([plugins])
        #expect(registry.plugins.isEmpty)
        #expect(report.failures == [PluginLoadFailure(
            file: plugins + "/libgood.so", problem: .insecurePermissions,
            reason: "\(open), a folder above the plugin file, is writable by group or others (mode 777), so someone else could swap the code salesops runs; refusing it",
            fix: "run: chmod go-w \(open)")])
    }

    @Test(.enabled(if: getuid() == 0, "only root can give a file away"))
    func aPluginOwnedBySomeoneElseIsRefused() throws {
        let folder = try PluginFixtures.makeFolder()
        let file = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        #expect(chown(file, 65534, 65534) == 0)

        let (registry, report) = Self.load([folder])
        #expect(registry.plugins.isEmpty)
        let other = PluginLoader.userName(65534)
        #expect(report.failures == [PluginLoadFailure(
            file: file, problem: .insecurePermissions,
            reason: "the plugin file belongs to \(other), not to root or you (root), so they could swap the code salesops runs; refusing it",
            fix: "run: chown root \(file), or move the plugin to a folder you own")])
    }

    @Test func aCapabilityClaimedByTwoPluginsIsAConflictNamingBoth() throws {
        let first = try PluginFixtures.makeFolder()
        let good = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: first)
        let second = try PluginFixtures.makeFolder()
        let duplicate = try PluginFixtures.compile("duplicate_plugin.c", as: "libduplicate.so", into: second)

        let (_, report) = Self.load([first, second])
        #expect(report.conflicts == [PluginLoadFailure(
            file: duplicate, problem: .duplicateCapability,
            reason: "criterion \"fixture-constant\" is provided twice: by plugin fixture-good (\(good)) and by plugin fixture-duplicate (\(duplicate)); remove one of them from the plugin path",
            fix: "keep only one of the two files on the plugin path, or rename the capability")])
    }

    /// The executable's own folder is trusted as far as the executable: the bundled plugins
    /// of a build in a clone under a sticky shared folder load; the same folder named with
    /// --plugins does not.
    @Test func aStickyFolderAboveTheExecutablesFolderDoesNotStopTheBundledPlugins() throws {
        let sticky = try Self.makeSubfolder(try PluginFixtures.makeFolder(), "scratch", mode: 0o1777)
        let build = try Self.makeSubfolder(sticky, "debug", mode: 0o755)
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: build)
        var bundled = PluginRegistry()
        let report = PluginLoader(searchPath: .standard(environment: nil, executableFolder: build)).load(into: &bundled)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(bundled.plugin("fixture-good") != nil)
        let (_, named) = Self.load([build])
        #expect(named.failures.map(\.problem) == [.insecurePermissions])
        // The executable's folder itself, and the files in it, are still checked.
        try Self.setMode(0o777, build)
        var open = PluginRegistry()
        let refused = PluginLoader(searchPath: .standard(environment: nil, executableFolder: build)).load(into: &open)
        #expect(refused.failures.map(\.problem) == [.insecurePermissions])
    }

    /// The checkout the suite runs in must itself pass, or the bundled plugins would not load.
    @Test func theBundledPluginsFolderIsTrusted() throws {
        let folder = try PluginFixtures.productsFolder()
        let problem = PluginLoader.untrusted(folder, what: "plugin folder", checkedUpTo: PluginLoader.canonicalPath(folder))
        #expect(problem == nil, """
            the bundled plugins in \(folder) would be refused: \(problem.map(\.description) ?? ""). \
            Clone salesops into a folder owned by you or root that group and others cannot write.
            """)
    }
}
