import ArgumentParser
import Foundation
import SalesOpsCatalog
import SalesOpsPlugins

/// `--catalog DIR`, shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The catalog folder (default: $SALESOPS_CATALOG, else ./catalog, else the shipped catalog).",
        valueName: "dir"))
    var catalog: String?

    /// The folder to read: the option, the environment, `./catalog`, then the shipped catalog
    /// found beside the executable's package.
    var directory: String {
        if let catalog { return catalog }
        if let fromEnvironment = ProcessInfo.processInfo.environment["SALESOPS_CATALOG"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let manager = FileManager.default
        if manager.fileExists(atPath: "catalog") { return "catalog" }
        // The running executable's real folder: argv[0] is only a bare name when found through PATH.
        let executable = PluginSearchPath.runningExecutableFolder.map { URL(fileURLWithPath: $0, isDirectory: true) }
        var folder = executable ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("catalog")
            if manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               manager.fileExists(atPath: candidate.path)
            {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return "catalog"
    }

    /// Loads the catalog; on errors prints them all to stderr and exits 1.
    func load(kinds: CatalogKinds = .standard, capabilities: KnownCapabilities? = nil) throws -> Catalog {
        let result = CatalogLoader(kinds: kinds, capabilities: capabilities).load(directory)
        guard result.errors.isEmpty else {
            Output.printErrors(result.errors.map(\.description))
            Output.error("\(result.errors.count) error\(result.errors.count == 1 ? "" : "s") in the catalog at \(directory); fix them and run again (`salesops catalog validate` lists them)")
            throw ExitCode(1)
        }
        return result.catalog
    }
}
