import Foundation
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsYAML

/// The catalog a use case reads: where it is, and loading it whole or not at all.
package struct CatalogService: Sendable {
    /// The environment variable naming the catalog folder.
    package static let environmentVariable = "SALESOPS_CATALOG"

    package let directory: String

    package init(directory: String) {
        self.directory = directory
    }

    /// The folder to read: `chosen` (an option or `$SALESOPS_CATALOG`), else `local` (a
    /// `./catalog` folder) when it exists, else the shipped catalog of the package the running
    /// executable was built in.
    package init(chosen: String?, local: String) {
        if let chosen {
            directory = chosen
        } else if FileManager.default.fileExists(atPath: local) {
            directory = local
        } else {
            directory = Self.shippedCatalog ?? local
        }
    }

    /// The `catalog` folder beside the `Package.swift` above the running executable, if any.
    static var shippedCatalog: String? {
        let manager = FileManager.default
        // The running executable's real folder: argv[0] is only a bare name when found through PATH.
        let executable = PluginSearchPath.runningExecutableFolder.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var folder = executable ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("catalog")
            if manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               manager.fileExists(atPath: candidate.path) {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Every document, checked; any error stops it with all of them listed.
    package func load(kinds: CatalogKinds = .standard, capabilities: KnownCapabilities? = nil) throws(AppError) -> Catalog {
        let result = CatalogLoader(kinds: kinds, capabilities: capabilities).load(directory)
        guard result.errors.isEmpty else { throw .invalidCatalog(directory: directory, errors: result.errors) }
        return result.catalog
    }

    /// Every document, the kinds `plugins` add included, checked; any error stops it with all of them listed.
    package func load(plugins: LoadedPlugins) throws(AppError) -> Catalog {
        try load(kinds: plugins.catalogKinds)
    }

    /// Every document, the kinds the registry's plugins add included.
    package func load(registry: PluginRegistry) throws(AppError) -> Catalog {
        try load(kinds: PluginService.catalogKinds(of: registry))
    }

    /// `catalog validate`: every error in `path` (default: this catalog), with the criterion,
    /// verifier and track-kind ids checked against `plugins`, and the documents of the kinds
    /// plugins add against their schemas.
    /// Each track is also checked by its track kind (owners, required fields), so a track
    /// that could not be enrolled on is caught here.
    package func validate(_ path: String? = nil, plugins: LoadedPlugins) throws(AppError) -> Catalog {
        let folder = path ?? directory
        let result = CatalogLoader(kinds: plugins.catalogKinds, capabilities: plugins.capabilities).load(folder)
        let trackErrors = result.catalog.tracks.flatMap { track -> [SourceError] in
            // An unknown track kind is reported by the loader's capability check already.
            guard plugins.registry.contains(.trackKind, track.spec.audience),
                  let problems = try? OnboardingRules.trackKindProblems(track, registry: plugins.registry) else { return [] }
            return problems.map { problem in
                let message = "\(problem.message) (track kind \(track.spec.audience))"
                return track.source?.error(at: ["spec"] + Self.pathComponents(problem.path), message)
                    ?? SourceError(file: folder, line: 1, column: 1, path: "spec." + problem.path, message: message)
            }
        }
        let errors = result.errors + trackErrors
        guard errors.isEmpty else { throw .catalogNotValid(directory: folder, errors: errors.sorted()) }
        return result.catalog
    }

    /// `steps[2].owner` as path components.
    static func pathComponents(_ path: String) -> [YAMLPathComponent] {
        path.split(separator: ".").flatMap { part -> [YAMLPathComponent] in
            let pieces = part.split(separator: "[")
            guard let key = pieces.first else { return [] }
            return [.key(String(key))] + pieces.dropFirst().compactMap { Int($0.dropLast()).map(YAMLPathComponent.index) }
        }
    }
}
