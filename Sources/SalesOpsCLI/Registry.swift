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

    /// The ids the catalog may refer to, for its cross-reference checks; a missing one names
    /// the bundled plugin that provides it.
    static func capabilities(_ registry: PluginRegistry) -> KnownCapabilities {
        KnownCapabilities(
            criteria: Set(registry.ids(of: .criterion)),
            verifiers: Set(registry.ids(of: .verifier)),
            trackKinds: Set(registry.ids(of: .trackKind)),
            remedy: { kind, id in BundledPlugin.provider(of: capabilityType(kind), id)?.remedy },
            criterionParameters: parameters(registry, .criterion),
            verifierParameters: parameters(registry, .verifier))
    }

    static func capabilityType(_ kind: MissingCapability.Kind) -> CapabilityType {
        switch kind {
        case .criterion: return .criterion
        case .verifier: return .verifier
        case .trackKind: return .trackKind
        }
    }

    /// Warns, on stderr, about capabilities the catalog uses but this command does not need:
    /// one line per missing bundled plugin, one per other id.
    static func warn(_ missing: [MissingCapability]) {
        var groups: [(plugin: BundledPlugin, items: [MissingCapability])] = []
        for item in missing {
            guard let plugin = BundledPlugin.provider(of: capabilityType(item.kind), item.id) else {
                Output.error("warning: \(item.error)")
                continue
            }
            if let index = groups.firstIndex(where: { $0.plugin == plugin }) {
                groups[index].items.append(item)
            } else {
                groups.append((plugin, [item]))
            }
        }
        for (plugin, items) in groups {
            var needs: [String] = []
            for name in items.map({ "\($0.kind.rawValue) `\($0.id)`" }) where !needs.contains(name) { needs.append(name) }
            let documents = Set(items.map { "\($0.documentKind) `\($0.documentName)`" }).sorted()
            Output.error("warning: the bundled plugin \(plugin.id) is not loaded, so \(documents.joined(separator: ", ")) cannot be used (\(needs.joined(separator: ", "))); \(plugin.installHint)")
        }
    }

    /// Each capability's declared `params` schema, by id.
    static func parameters(_ registry: PluginRegistry, _ type: CapabilityType) -> [String: JSONValue] {
        Dictionary(registry.entries.filter { $0.type == type }.map { ($0.id, $0.descriptor.parameters) }, uniquingKeysWith: { first, _ in first })
    }
}
