import Foundation
import SalesOpsBasics
import SalesOpsYAML

/// Loads a catalog folder: every `*.yaml` and `*.yml` below it, each document dispatched by kind.
///
/// Every error in every file is collected, then cross-references are checked; the result carries
/// the catalog and all errors, sorted by file and line.
public struct CatalogLoader: Sendable {
    public var kinds: CatalogKinds
    public var limits: YAMLLimits
    /// Ids the plugin registry provides, for reference checks; nil skips that check.
    public var capabilities: KnownCapabilities?

    public init(kinds: CatalogKinds = .standard, limits: YAMLLimits = .default, capabilities: KnownCapabilities? = nil) {
        self.kinds = kinds
        self.limits = limits
        self.capabilities = capabilities
    }

    public struct Result: Sendable {
        public var catalog: Catalog
        public var errors: [SourceError]
    }

    /// Loads every catalog file under `directory` (or the single file `directory` names).
    public func load(_ directory: String) -> Result {
        let files: [String]
        do {
            files = try Self.catalogFiles(in: directory)
        } catch {
            return Result(catalog: Catalog(), errors: [error])
        }
        return load(files: files)
    }

    public func load(files: [String]) -> Result {
        // Files are independent, so they are read, parsed and decoded on every core; results keep file order.
        let parsed = Parallel.map(files.count) { loadFile(files[$0]) }
        var catalog = Catalog()
        catalog.fileCount = files.count
        var errors: [SourceError] = []
        for result in parsed {
            errors += result.errors
            catalog.append(result.catalog)
        }
        errors += CrossReferenceCheck(catalog: catalog, capabilities: capabilities).run()
        return Result(catalog: catalog, errors: errors.sorted())
    }

    /// One file's documents, decoded: files are read, parsed and decoded on every core.
    struct FileResult: Sendable {
        var catalog = Catalog()
        var errors: [SourceError] = []
    }

    func loadFile(_ path: String) -> FileResult {
        var result = FileResult()
        guard let data = FileManager.default.contents(atPath: path) else {
            result.errors.append(SourceError(file: path, line: 1, column: 1, message: "cannot read the file; check it exists and is readable"))
            return result
        }
        let documents: [YAMLDocument]
        do {
            documents = try YAMLParser(limits: limits).parse([UInt8](data), file: path)
        } catch {
            result.errors.append(error)
            return result
        }
        for document in documents {
            let root = document.root
            if root.isNull { continue }
            guard root.mapping != nil else {
                result.errors.append(SourceError(
                    file: path, mark: root.mark,
                    message: "a catalog document is a mapping with apiVersion, kind, metadata and spec; found \(root.kindDescription)"))
                continue
            }
            guard let kindNode = root["kind"] else {
                result.errors.append(SourceError(
                    file: path, mark: root.mark,
                    message: "missing required key `kind`; expected one of \(kinds.names.joined(separator: ", "))"))
                continue
            }
            guard let name = kindNode.scalar?.text, let kind = kinds.kind(named: name) else {
                var message = "unknown kind \(kindNode.kindDescription); expected one of \(kinds.names.joined(separator: ", "))"
                if let text = kindNode.scalar?.text, let nearest = Suggestion.nearest(to: text, in: kinds.names) {
                    message += "; did you mean `\(nearest)`?"
                }
                result.errors.append(SourceError(file: path, mark: kindNode.mark, path: "kind", message: message))
                continue
            }
            do {
                try kind.add(root, path, &result.catalog)
            } catch {
                result.errors += error.errors
            }
        }
        return result
    }

    /// Catalog files under `path`, sorted, skipping hidden folders; `path` itself if it is a file.
    public static func catalogFiles(in path: String) throws(SourceError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SourceError(file: path, line: 1, column: 1, message: "no such file or folder; pass a catalog folder with --catalog or set SALESOPS_CATALOG")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                files.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
        }
        return files.sorted()
    }
}

/// Ids of capabilities that loaded plugins provide, for reference checks.
public struct KnownCapabilities: Sendable {
    public var criteria: Set<String>
    public var verifiers: Set<String>
    public var trackKinds: Set<String>
    /// For a missing id: the plugin expected to provide it and how to get it; nil when unknown.
    public var remedy: @Sendable (MissingCapability.Kind, String) -> String?

    public init(criteria: Set<String>, verifiers: Set<String>, trackKinds: Set<String>,
                remedy: @escaping @Sendable (MissingCapability.Kind, String) -> String? = { _, _ in nil }) {
        self.criteria = criteria
        self.verifiers = verifiers
        self.trackKinds = trackKinds
        self.remedy = remedy
    }
}
