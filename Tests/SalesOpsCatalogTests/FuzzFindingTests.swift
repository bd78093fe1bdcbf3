import Foundation
import SalesOpsCatalog
import Testing

/// Hostile files found fuzzing the catalog reader (`scripts/fuzz.sh catalog`), each loaded as a
/// catalog file: it gives exactly the errors written beside it, quickly, and under
/// `scripts/sanitize.sh address` no sanitizer report.
@Suite struct FuzzFindingTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static let findings: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test(arguments: findings) func findingGivesItsErrors(_ name: String) throws {
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".yaml", with: ".errors")), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let result = CatalogLoader().load(files: [Self.folder.appendingPathComponent(name).path])
        #expect(result.errors.map { $0.description.replacingOccurrences(of: Self.folder.path + "/", with: "") } == expected)
    }

    /// The fuzzer's first finding: FoundationEssentials leaks its read buffer for an empty file
    /// (suppressed in scripts/sanitizers/lsan.supp); the file itself is a catalog of no documents.
    @Test func emptyFileIsNoDocuments() {
        let result = CatalogLoader().load(files: [Self.folder.appendingPathComponent("01-empty-file.yaml").path])
        #expect(result.errors.isEmpty)
        #expect(result.catalog.fileCount == 1)
        #expect(result.catalog.documentCount == 0)
    }
}
