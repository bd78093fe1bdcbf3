import ArgumentParser
import SalesOpsCatalog
import SalesOpsApp
import SalesOpsPlugins

/// The capability registry a command works with: built-ins first, then the plugins on the
/// search path. Plugins that fail to load are reported on stderr and skipped (unless
/// `--strict-plugins`).
enum Registry {
    /// The registry for a command; plugins that could not be loaded are reported on stderr
    /// and skipped (unless `--strict-plugins`, which stops the command).
    static func make(_ options: PluginOptions, quiet: Bool = false) throws -> PluginRegistry {
        let loaded = try PluginService.load(options.settings)
        if !quiet { reportSkipped(loaded.report.failures) }
        return loaded.registry
    }

    static func reportSkipped(_ failures: [PluginLoadFailure]) {
        for failure in failures { Output.error("plugin skipped: \(failure)") }
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

    static func capabilityType(_ kind: MissingCapability.Kind) -> CapabilityType {
        switch kind {
        case .criterion: return .criterion
        case .verifier: return .verifier
        case .trackKind: return .trackKind
        }
    }
}
