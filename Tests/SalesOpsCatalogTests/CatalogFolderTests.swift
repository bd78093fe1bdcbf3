import Foundation
import SalesOpsCatalog
import Testing

/// Nothing in a catalog folder is skipped silently: what cannot be read is an error naming it,
/// and everything else still loads.
@Suite struct CatalogFolderTests {
    /// A fresh folder holding one valid file (a team and a tool), removed after the test.
    static func folder(_ build: (String) throws -> Void) throws -> (path: String, result: CatalogLoader.Result) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-scan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/teams", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: NumericRangeTests.limits, toPath: folder + "/teams/team.yaml")
        try build(folder)
        let result = CatalogLoader().load(folder)
        // Entries a test locked must be opened again before they can be removed.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/" + name)
        }
        try FileManager.default.removeItem(atPath: folder)
        return (folder, result)
    }

    static func messages(_ result: CatalogLoader.Result, under folder: String) -> [String] {
        result.errors.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
    }

    @Test func brokenAndLoopingLinksAreErrors() throws {
        let (folder, result) = try Self.folder { folder in
            // A link that might have been a folder of tools, a file link, two links in a loop, and a link back up.
            try FileManager.default.createSymbolicLink(atPath: folder + "/tools", withDestinationPath: "shared/tools")
            try FileManager.default.createSymbolicLink(atPath: folder + "/teams/sales.yaml", withDestinationPath: "missing.yaml")
            try FileManager.default.createSymbolicLink(atPath: folder + "/a", withDestinationPath: "b")
            try FileManager.default.createSymbolicLink(atPath: folder + "/b", withDestinationPath: "a")
            try FileManager.default.createSymbolicLink(atPath: folder + "/teams/all", withDestinationPath: "..")
        }
        #expect(Self.messages(result, under: folder) == [
            "a:1:1: a symbolic link that loops; fix or remove it",
            "b:1:1: a symbolic link that loops; fix or remove it",
            "teams/all:1:1: links back to a folder already read (a loop); remove the link",
            "teams/sales.yaml:1:1: a symbolic link to \"missing.yaml\", which does not exist; fix or remove it",
            "tools:1:1: a symbolic link to \"shared/tools\", which does not exist; fix or remove it",
        ])
        #expect(result.catalog.teams.map(\.name) == ["largest-team", "smallest-team"])
    }

    @Test(.timeLimit(.minutes(1))) func catalogNamesThatAreNotRegularFilesAreErrors() throws {
        let (folder, result) = try Self.folder { folder in
            #expect(mkfifo(folder + "/teams/pipe.yaml", 0o644) == 0)
            try FileManager.default.createDirectory(atPath: folder + "/tools.yml", withIntermediateDirectories: false)
            // Other names are not catalog files, whatever they are.
            #expect(mkfifo(folder + "/notes", 0o644) == 0)
        }
        #expect(Self.messages(result, under: folder) == [
            "teams/pipe.yaml:1:1: a named pipe, not a regular file; a catalog file must be a regular file: rename or remove it",
            "tools.yml:1:1: a folder, not a regular file; a catalog file must be a regular file: rename or remove it",
        ])
        #expect(result.catalog.teams.map(\.name) == ["largest-team", "smallest-team"])
    }

    /// Root reads any file or folder whatever its mode, so this runs only for other users.
    @Test(.enabled(if: getuid() != 0)) func unreadableFileAndFolderAreErrors() throws {
        let (folder, result) = try Self.folder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/tracks", withIntermediateDirectories: false)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder + "/tracks")
            try FileManager.default.copyItem(atPath: NumericRangeTests.limits, toPath: folder + "/locked.yaml")
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder + "/locked.yaml")
        }
        #expect(Self.messages(result, under: folder) == [
            "locked.yaml:1:1: cannot read the file (Permission denied); check it is readable",
            "tracks:1:1: cannot list this folder (Permission denied); its catalog files would be missed: fix its permissions or move it out of the catalog",
        ])
    }
}
