import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsYAML
import Testing

/// Tools read straight from the node tree (`decodeDirectly`) equal what `YAMLDecoder` decodes,
/// and every document the decoder finds a problem in is left to it.
@Suite struct DirectDecodingTests {
    static let fixtures = CatalogLoaderTests.fixtures
    static let repository = CatalogLoaderTests.shippedCatalog.deletingLastPathComponent()

    /// Every document in `files` whose kind is Tool, with its file.
    static func toolDocuments(_ files: [String]) throws -> [(file: String, root: YAMLNode)] {
        try files.flatMap { file in
            try YAMLParser().parse(String(contentsOfFile: file, encoding: .utf8), file: file)
                .filter { $0.root["kind"]?.scalar?.text == "Tool" }
                .map { (file, $0.root) }
        }
    }

    static func yamlFiles(in folder: URL) -> [String] {
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func json(_ tool: Tool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(tool), as: UTF8.self)
    }

    /// Both ways must succeed and give the same tool.
    static func expectSame(_ documents: [(file: String, root: YAMLNode)]) throws {
        #expect(!documents.isEmpty)
        for (file, root) in documents {
            let decoded = try YAMLDecoder().decode(Tool.self, from: root, file: file)
            let direct = try #require(Tool.decodeDirectly(root), "\(file): \(decoded.name) was not read directly")
            #expect(try json(direct) == json(decoded), "\(file): \(decoded.name)")
        }
    }

    @Test func shippedToolsReadDirectlyAsDecoded() throws {
        try Self.expectSame(Self.toolDocuments(Self.yamlFiles(in: CatalogLoaderTests.shippedCatalog)))
    }

    @Test func validFixtureToolsReadDirectlyAsDecoded() throws {
        try Self.expectSame(Self.toolDocuments(Self.yamlFiles(in: Self.fixtures.appendingPathComponent("valid"))))
    }

    @Test func cleanEdgeCasesReadDirectlyAsDecoded() throws {
        try Self.expectSame(Self.toolDocuments([Self.fixtures.appendingPathComponent("direct/tools-clean-edge-cases.yaml").path]))
    }

    @Test func generatedCatalogReadsDirectlyAsDecoded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("direct-decoding-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", Self.repository.appendingPathComponent("bench/generate-catalog.py").path,
                            "--tools", "400", "--criteria", "30", "--files", "4", folder.path]
        python.standardOutput = FileHandle.nullDevice
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
        let documents = try Self.toolDocuments(Self.yamlFiles(in: folder))
        #expect(documents.count == 400)
        try Self.expectSame(documents)
    }

    /// Every tool the decoder finds a problem in, in the broken fixtures and in one file of
    /// single problems, is not read directly: its errors are the decoder's.
    @Test func toolsWithProblemsAreLeftToTheDecoder() throws {
        var files = Self.yamlFiles(in: Self.fixtures.appendingPathComponent("broken"))
        files.append(Self.fixtures.appendingPathComponent("direct/tools-each-with-one-problem.yaml").path)
        var documents: [(file: String, root: YAMLNode)] = []
        for file in files {
            // Files libyaml cannot parse never reach decoding.
            if let found = try? Self.toolDocuments([file]) { documents += found }
        }
        var withProblems = 0
        for (file, root) in documents {
            let name = root["metadata"]?["name"]?.scalar?.text ?? "?"
            do {
                let decoded = try YAMLDecoder().decode(Tool.self, from: root, file: file)
                if let direct = Tool.decodeDirectly(root) { #expect(try Self.json(direct) == Self.json(decoded), "\(file): \(name)") }
            } catch {
                withProblems += 1
                #expect(Tool.decodeDirectly(root) == nil, "\(file): \(name) has problems but was read directly")
            }
        }
        #expect(withProblems >= 24)
    }

    /// The loader reports the same errors for the file of single problems as the decoder does
    /// document by document.
    @Test func loaderReportsTheDecodersErrors() throws {
        let file = Self.fixtures.appendingPathComponent("direct/tools-each-with-one-problem.yaml").path
        var expected: [String] = []
        for document in try YAMLParser().parse(String(contentsOfFile: file, encoding: .utf8), file: file) {
            do {
                _ = try YAMLDecoder().decode(Tool.self, from: document.root, file: file)
                Issue.record("a document without a problem at \(document.start)")
            } catch {
                expected += error.errors.map(\.description)
            }
        }
        let result = CatalogLoader().load(files: [file])
        #expect(result.errors.map(\.description) == expected)
    }
}
