import Foundation
import Testing
@testable import SalesOpsPluginHost

@Suite("Plugin loader")
struct PluginLoaderTests {
    /// Every kind of bad plugin at once: each gets its own error, and the good one still loads.
    @Test func eachBadPluginGetsItsOwnErrorAndTheGoodOneLoads() throws {
        let main = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: main)
        try PluginFixtures.compile("wrong_abi_plugin.c", as: "libwrong-abi.so", into: main)
        try PluginFixtures.compile("no_entry_plugin.c", as: "libno-entry.so", into: main)
        try PluginFixtures.compile("bad_manifest_plugin.c", as: "libbad-manifest.so", into: main)
        try PluginFixtures.compile("malformed_plugin.c", as: "libmalformed.so", into: main)
        try PluginFixtures.copy("not_a_library.txt", as: "libfake.so", into: main)
        // Files that are not named *.so are not plugins and are ignored.
        try PluginFixtures.copy("not_a_library.txt", as: "README.txt", into: main)

        let duplicates = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("duplicate_plugin.c", as: "libduplicate.so", into: duplicates)

        let open = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: open)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: open)

        let pinned = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("duplicate_plugin.c", as: "libpinned.so", into: pinned)
        try "\(String(repeating: "0", count: 64))  libpinned.so\n".write(toFile: pinned + "/plugins.lock", atomically: true, encoding: .utf8)

        var registry = PluginRegistry()
        let report = PluginFixtures.loader([main, duplicates, open, pinned]).load(into: &registry)

        #expect(report.loaded.map(\.id).sorted() == ["fixture-good", "fixture-malformed"])
        #expect(registry.contains(.criterion, "fixture-constant"))
        let byFile = Dictionary(report.failures.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(report.failures.count == 7, "\(report.failures)")

        let wrongABI = try #require(byFile[main + "/libwrong-abi.so"])
        #expect(wrongABI.problem == .abiMismatch)
        #expect(wrongABI.reason.contains("ABI version 99"))

        let noEntry = try #require(byFile[main + "/libno-entry.so"])
        #expect(noEntry.problem == .missingEntryPoint)
        #expect(noEntry.reason.contains("salesops_plugin_entry"))

        let badManifest = try #require(byFile[main + "/libbad-manifest.so"])
        #expect(badManifest.problem == .badManifest)
        #expect(badManifest.reason.contains("capabilities[0].type"))

        let fake = try #require(byFile[main + "/libfake.so"])
        #expect(fake.problem == .notALibrary)
        #expect(fake.reason.contains("not a loadable library"))

        let duplicate = try #require(byFile[duplicates + "/libduplicate.so"])
        #expect(duplicate.problem == .duplicateCapability)
        #expect(duplicate.reason.contains(main + "/libgood.so"))
        #expect(duplicate.reason.contains(duplicates + "/libduplicate.so"))

        let insecure = try #require(byFile[open])
        #expect(insecure.problem == .insecurePermissions)
        #expect(insecure.fix == "run: chmod go-w \(open)")

        let mismatch = try #require(byFile[pinned + "/libpinned.so"])
        #expect(mismatch.problem == .checksumMismatch)
        #expect(mismatch.reason.contains(pinned + "/plugins.lock"))
    }

    @Test func strictLoadingRegistersNothingWhenOnePluginFails() throws {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        try PluginFixtures.compile("wrong_abi_plugin.c", as: "libwrong-abi.so", into: folder)

        var registry = PluginRegistry()
        #expect(throws: PluginLoadError.self) {
            try PluginFixtures.loader([folder]).loadStrictly(into: &registry)
        }
        #expect(registry.plugins.isEmpty)
        #expect(!registry.contains(.criterion, "fixture-constant"))
    }

    @Test func aPluginFileWritableByOthersIsRefused() throws {
        let folder = try PluginFixtures.makeFolder()
        let file = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o775], ofItemAtPath: file)

        var registry = PluginRegistry()
        let report = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(report.loaded.isEmpty)
        #expect(report.failures.map(\.problem) == [.insecurePermissions])
        #expect(report.failures.first?.description.contains("chmod go-w \(file)") == true)
    }

    @Test func aMatchingLockFileLoadsAndAnUnpinnedFileIsRefused() throws {
        let folder = try PluginFixtures.makeFolder()
        let good = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        try PluginFixtures.compile("duplicate_plugin.c", as: "libother.so", into: folder)
        let digest = try #require(SHA256.hex(ofFile: good))
        try "# pinned by the team\n\(digest.uppercased()) *libgood.so\n"
            .write(toFile: folder + "/plugins.lock", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder + "/plugins.lock")

        var registry = PluginRegistry()
        let report = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(report.loaded.map(\.id) == ["fixture-good"])
        #expect(report.failures.map(\.problem) == [.notPinned])
        #expect(report.failures.first?.file == folder + "/libother.so")
    }

    @Test func aMalformedLockFileRefusesTheFolderWithTheLine() throws {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        try "libgood.so abc\n".write(toFile: folder + "/plugins.lock", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder + "/plugins.lock")

        var registry = PluginRegistry()
        let report = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(report.loaded.isEmpty)
        #expect(report.failures.map(\.problem) == [.badLockFile])
        #expect(report.failures.first?.file == folder + "/plugins.lock:1")
    }

    @Test func aMissingExplicitFolderIsReported() {
        var registry = PluginRegistry()
        let report = PluginFixtures.loader(["/nonexistent/salesops-plugins"]).load(into: &registry)
        #expect(report.failures.map(\.problem) == [.folderMissing])
    }

    /// Beside the executable SwiftPM may put libraries that are not plugins: skip them quietly.
    @Test func aLibraryWithoutEntryPointIsSkippedQuietlyBesideTheExecutable() throws {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        try PluginFixtures.compile("no_entry_plugin.c", as: "libhelper.so", into: folder)

        var registry = PluginRegistry()
        let searchPath = PluginSearchPath.standard(environment: nil, executableFolder: folder)
        let report = PluginLoader(searchPath: searchPath).load(into: &registry)
        #expect(report.loaded.map(\.id) == ["fixture-good"])
        #expect(report.failures.isEmpty)
    }

    @Test func searchPathOrderIsOptionsThenEnvironmentThenExecutableFolder() {
        let path = PluginSearchPath.standard(options: ["/a", "/b"], environment: "/c::/d", executableFolder: "/bin")
        #expect(path.folders.map(\.path) == ["/a", "/b", "/c", "/d", "/bin"])
        #expect(path.folders.map(\.source) == [.option, .option, .environment, .environment, .executable])
    }

    @Test func theSameFileReachedTwiceLoadsOnce() throws {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        var registry = PluginRegistry()
        let report = PluginFixtures.loader([folder, folder + "/"]).load(into: &registry)
        #expect(report.loaded.count == 1)
        #expect(report.failures.isEmpty)
    }
}
