import ArgumentParser
import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsPlugins

/// The capability registry a command works with: built-ins first, then the plugins on the
/// search path. Plugins that fail to load are reported on stderr and skipped (unless
/// `--strict-plugins`).
enum Registry {
    static func make(_ options: PluginOptions, quiet: Bool = false) throws -> PluginRegistry {
        var registry = PluginRegistry()
        do {
            try BuiltInCriteria.register(into: &registry)
        } catch {
            Output.error("built-in criteria: \(error)")
            throw ExitCode(1)
        }
        let report = try options.load(into: &registry)
        if !quiet {
            for failure in report.failures {
                Output.error("plugin skipped: \(failure)")
            }
        }
        return registry
    }

    /// The ids the catalog may refer to, for its cross-reference checks.
    static func capabilities(_ registry: PluginRegistry) -> KnownCapabilities {
        KnownCapabilities(
            criteria: Set(registry.ids(of: .criterion)),
            verifiers: Set(registry.ids(of: .verifier)),
            trackKinds: Set(registry.ids(of: .trackKind)),
            criterionParameters: parameters(registry, .criterion),
            verifierParameters: parameters(registry, .verifier))
    }

    /// Each capability's declared `params` schema, by id.
    static func parameters(_ registry: PluginRegistry, _ type: CapabilityType) -> [String: JSONValue] {
        Dictionary(registry.entries.filter { $0.type == type }.map { ($0.id, $0.descriptor.parameters) }, uniquingKeysWith: { first, _ in first })
    }
}
