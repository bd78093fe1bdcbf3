import ArgumentParser
import SalesOpsApp

/// What commands say on stderr about plugins: those skipped, and those the catalog needs
/// elsewhere but this command does not.
enum Registry {
    static func reportSkipped(_ failures: [PluginLoadFailure]) {
        for failure in failures { Output.error("plugin skipped: \(failure)") }
    }

    /// Warns, on stderr, about capabilities the catalog uses but this command does not need:
    /// one line per missing bundled plugin, one per other id.
    static func warn(_ missing: [MissingCapability]) {
        var groups: [(plugin: BundledPlugin, items: [MissingCapability])] = []
        for item in missing {
            guard let plugin = PluginService.bundledProvider(of: item.kind, item.id) else {
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
}
