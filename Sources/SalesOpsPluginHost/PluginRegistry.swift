/// Every capability the engines can use, by type and id: built-ins and loaded plugins
/// alike, registered through the same calls.
///
/// ```swift
/// var registry = PluginRegistry()
/// try registry.register(criterion: PriceCriterion())          // built in
/// let report = PluginLoader(searchPath: .standard()).load(into: &registry)
/// let scores = try registry.criterion("data-residency-fit").score(request)
/// ```
package struct PluginRegistry: Sendable {
    private struct Slot: Sendable {
        let entry: CapabilityEntry
        let capability: any Capability
    }

    private var slots: [CapabilityType: [String: Slot]] = [:]
    /// The loaded plugin files, in load order.
    package private(set) var plugins: [LoadedPlugin] = []
    /// Who defines each catalog kind: the host's own (`reserve(catalogKinds:)`) and each plugin's.
    package private(set) var catalogKindOrigins: [String: CapabilityOrigin] = [:]

    package init() {}

    // MARK: Registering

    /// Registers a criterion scorer; an id already taken is an error naming both sources.
    package mutating func register(criterion: any CriterionScorer, origin: CapabilityOrigin = .builtIn) throws(PluginRegistryError) {
        try add(Slot(entry: CapabilityEntry(descriptor: criterion.descriptor, origin: origin), capability: criterion))
    }

    /// Registers a certification verifier; an id already taken is an error naming both sources.
    package mutating func register(verifier: any CertificationVerifier, origin: CapabilityOrigin = .builtIn) throws(PluginRegistryError) {
        try add(Slot(entry: CapabilityEntry(descriptor: verifier.descriptor, origin: origin), capability: verifier))
    }

    /// Registers a track kind; an id already taken is an error naming both sources.
    package mutating func register(trackKind: any TrackKind, origin: CapabilityOrigin = .builtIn) throws(PluginRegistryError) {
        try add(Slot(entry: CapabilityEntry(descriptor: trackKind.descriptor, origin: origin), capability: trackKind))
    }

    /// Registers an exporter; an id already taken is an error naming both sources.
    package mutating func register(exporter: any ReportExporter, origin: CapabilityOrigin = .builtIn) throws(PluginRegistryError) {
        try add(Slot(entry: CapabilityEntry(descriptor: exporter.descriptor, origin: origin), capability: exporter))
    }

    /// Registers every capability of a loaded plugin, or none of them: a clash on the plugin
    /// id or on any capability id leaves the registry as it was.
    package mutating func register(plugin: LoadedPlugin) throws(PluginRegistryError) {
        if let existing = plugins.first(where: { $0.id == plugin.id }) {
            throw .duplicatePlugin(id: plugin.id, existingFile: existing.file, newFile: plugin.file)
        }
        let origin = CapabilityOrigin.plugin(id: plugin.id, file: plugin.file)
        var staged = self
        for kind in plugin.manifest.catalogKinds {
            if let existing = staged.catalogKindOrigins[kind.kind] {
                throw .duplicateCatalogKind(kind: kind.kind, existing: existing, new: origin)
            }
            staged.catalogKindOrigins[kind.kind] = origin
        }
        for descriptor in plugin.manifest.capabilities {
            let capability: any Capability
            switch descriptor.type {
            case .criterion:
                capability = LoadedCriterionScorer(plugin: plugin, descriptor: descriptor)
            case .verifier:
                capability = LoadedCertificationVerifier(plugin: plugin, id: descriptor.id, summary: descriptor.summary,
                                                         parameters: descriptor.parameters)
            case .trackKind:
                capability = LoadedTrackKind(plugin: plugin, id: descriptor.id, summary: descriptor.summary,
                                             parameters: descriptor.parameters,
                                             traits: descriptor.trackKind ?? TrackKindTraits(owners: []))
            case .exporter:
                capability = LoadedReportExporter(plugin: plugin, id: descriptor.id, summary: descriptor.summary,
                                                  parameters: descriptor.parameters,
                                                  traits: descriptor.exporter ?? ExporterTraits(mediaType: "", fileExtension: ""))
            }
            try staged.add(Slot(entry: CapabilityEntry(descriptor: descriptor, origin: origin), capability: capability))
        }
        staged.plugins.append(plugin)
        self = staged
    }

    /// Marks the host's own catalog kinds as taken, so a plugin cannot redefine `Tool`.
    package mutating func reserve(catalogKinds names: [String]) {
        for name in names where catalogKindOrigins[name] == nil { catalogKindOrigins[name] = .builtIn }
    }

    /// The catalog kinds loaded plugins add, in load order.
    package var pluginCatalogKinds: [CatalogKindDescriptor] {
        plugins.flatMap(\.manifest.catalogKinds)
    }

    private mutating func add(_ slot: Slot) throws(PluginRegistryError) {
        let type = slot.entry.type
        let id = slot.entry.id
        if let existing = slots[type]?[id] {
            throw .duplicateCapability(type: type, id: id, existing: existing.entry.origin, new: slot.entry.origin)
        }
        slots[type, default: [:]][id] = slot
    }

    // MARK: Looking up

    /// The criterion scorer registered as `id`.
    package func criterion(_ id: String) throws(PluginRegistryError) -> any CriterionScorer {
        try lookup(.criterion, id, as: (any CriterionScorer).self)
    }

    /// The certification verifier registered as `id`.
    package func verifier(_ id: String) throws(PluginRegistryError) -> any CertificationVerifier {
        try lookup(.verifier, id, as: (any CertificationVerifier).self)
    }

    /// The track kind registered as `id` (`hire`, `customer`, …).
    package func trackKind(_ id: String) throws(PluginRegistryError) -> any TrackKind {
        try lookup(.trackKind, id, as: (any TrackKind).self)
    }

    /// The exporter registered as `id`.
    package func exporter(_ id: String) throws(PluginRegistryError) -> any ReportExporter {
        try lookup(.exporter, id, as: (any ReportExporter).self)
    }

    private func lookup<T>(_ type: CapabilityType, _ id: String, as: T.Type) throws(PluginRegistryError) -> T {
        // Each slot of a type holds a capability of that type's protocol by construction.
        guard let capability = slots[type]?[id]?.capability as? T else {
            throw .unknownCapability(type: type, id: id, known: ids(of: type))
        }
        return capability
    }

    /// Whether a capability of this type and id is registered (for cross-reference checks).
    package func contains(_ type: CapabilityType, _ id: String) -> Bool {
        slots[type]?[id] != nil
    }

    /// The registered ids of one type, sorted.
    package func ids(of type: CapabilityType) -> [String] {
        (slots[type] ?? [:]).keys.sorted()
    }

    /// The registry entry of one capability: its manifest descriptor and origin.
    package func entry(_ type: CapabilityType, _ id: String) -> CapabilityEntry? {
        slots[type]?[id]?.entry
    }

    /// Every registered capability, sorted by type then id.
    package var entries: [CapabilityEntry] {
        CapabilityType.allCases.flatMap { type in ids(of: type).compactMap { entry(type, $0) } }
    }

    /// The loaded plugin with this id.
    package func plugin(_ id: String) -> LoadedPlugin? {
        plugins.first { $0.id == id }
    }
}
