import Foundation
import SalesOpsBasics
import SalesOpsYAML

/// Loads a catalog folder: every `*.yaml` and `*.yml` below it, each document dispatched by kind.
///
/// Every error in every file is collected, then cross-references are checked; the result carries
/// the catalog and all errors, sorted by file and line.
package struct CatalogLoader: Sendable {
    package var kinds: CatalogKinds
    package var limits: YAMLLimits
    /// Ids the plugin registry provides, for reference checks; nil skips that check.
    package var capabilities: KnownCapabilities?

    package init(kinds: CatalogKinds = .standard, limits: YAMLLimits = .default, capabilities: KnownCapabilities? = nil) {
        self.kinds = kinds
        self.limits = limits
        self.capabilities = capabilities
    }

    package struct Result: Sendable {
        package var catalog: Catalog
        package var errors: [SourceError]
    }

    /// Loads every catalog file under `directory` (or the single file `directory` names); an
    /// entry that cannot be read is an error naming it, and the rest still loads.
    package func load(_ directory: String) -> Result {
        let scan = CatalogFolderScan(directory)
        var result = load(files: scan.files)
        result.errors = (scan.errors + result.errors).sorted()
        return result
    }

    package func load(files: [String]) -> Result {
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
        if let capabilities {
            errors += ParameterCheck(catalog: catalog, capabilities: capabilities).run()
        }
        return Result(catalog: catalog, errors: errors.sorted())
    }

    /// One file's documents, decoded: files are read, parsed and decoded on every core.
    struct FileResult: Sendable {
        var catalog = Catalog()
        var errors: [SourceError] = []
    }

    func loadFile(_ path: String) -> FileResult {
        var result = FileResult()
        let bytes: [UInt8]
        do {
            bytes = try CatalogFolderScan.read(path)
        } catch {
            result.errors.append(error)
            return result
        }
        let documents: [YAMLDocument]
        do {
            documents = try YAMLParser(limits: limits).parse(bytes, file: path)
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

    /// Catalog files under `path`, sorted, skipping hidden entries; `path` itself if it is a file.
    /// Throws the first entry that cannot be read.
    package static func catalogFiles(in path: String) throws(SourceError) -> [String] {
        let scan = CatalogFolderScan(path)
        if let first = scan.errors.min() { throw first }
        return scan.files
    }
}

/// Ids of capabilities that loaded plugins provide, for reference checks.
package struct KnownCapabilities: Sendable {
    package var criteria: Set<String>
    package var verifiers: Set<String>
    package var trackKinds: Set<String>
    /// For a missing id: the plugin expected to provide it and how to get it; nil when unknown.
    package var remedy: @Sendable (MissingCapability.Kind, String) -> String?
    /// The JSON Schema each criterion declares for its `params`, by id; `params` are checked against it.
    package var criterionParameters: [String: JSONValue]
    /// The JSON Schema each verifier declares for its `params`, by id.
    package var verifierParameters: [String: JSONValue]
    /// The JSON Schema each track kind declares for a track's own `spec.fields`, by id; a
    /// known kind missing here takes no fields.
    package var trackKindFields: [String: JSONValue]
    /// The default verifiers each track kind declares, by id; a certification that names no
    /// verifier gets the first of its track kind's.
    package var defaultVerifiers: [String: [String]]

    package init(criteria: Set<String>, verifiers: Set<String>, trackKinds: Set<String>,
                remedy: @escaping @Sendable (MissingCapability.Kind, String) -> String? = { _, _ in nil },
                criterionParameters: [String: JSONValue] = [:], verifierParameters: [String: JSONValue] = [:],
                trackKindFields: [String: JSONValue] = [:], defaultVerifiers: [String: [String]] = [:]) {
        self.criteria = criteria
        self.verifiers = verifiers
        self.trackKinds = trackKinds
        self.remedy = remedy
        self.criterionParameters = criterionParameters
        self.verifierParameters = verifierParameters
        self.trackKindFields = trackKindFields
        self.defaultVerifiers = defaultVerifiers
    }
}
