import ArgumentParser
import SalesOpsApp

/// `--catalog DIR`, shared by every command that reads the catalog.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The catalog folder (default: $SALESOPS_CATALOG, else ./catalog, else the shipped catalog).",
        valueName: "dir"))
    var catalog: String?

    /// The catalog these options name: --catalog, else $SALESOPS_CATALOG, else ./catalog, else
    /// the shipped one.
    var service: CatalogService {
        let invocation = Invocation.current
        let chosen = catalog ?? invocation.variable(CatalogService.environmentVariable)
        return CatalogService(chosen: chosen.map(invocation.path), local: invocation.path("catalog"))
    }

    var directory: String { service.directory }
}
