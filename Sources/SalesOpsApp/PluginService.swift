import SalesOpsCatalog
import SalesOpsEvaluation
import SalesOpsPluginHost

/// Where plugins come from and how they run, as a command or the server chooses.
package struct PluginSettings: Sendable {
    /// `--plugins DIR` folders, searched first.
    package var folders: [String]
    /// `$SALESOPS_PLUGIN_PATH`: colon-separated folders searched after `folders`.
    package var fromEnvironment: String?
    /// Whether the folder beside the executable (the bundled plugins) is searched.
    package var includeBundled: Bool
    /// Fail when any plugin cannot be loaded, instead of skipping it.
    package var strict: Bool
    package var isolation: IsolationPolicy

    package init(folders: [String] = [], fromEnvironment: String? = PluginSearchPath.environmentValue,
                includeBundled: Bool = true, strict: Bool = false, isolation: IsolationPolicy = IsolationPolicy()) {
        self.folders = folders
        self.fromEnvironment = fromEnvironment
        self.includeBundled = includeBundled
        self.strict = strict
        self.isolation = isolation
    }

    var searchPath: PluginSearchPath {
        .standard(options: folders, environment: fromEnvironment,
                  executableFolder: includeBundled ? PluginSearchPath.runningExecutableFolder : nil)
    }
}

/// The capability registry a use case works with.
package struct LoadedPlugins: Sendable {
    package let registry: PluginRegistry
    /// What loaded and what was refused (refusals are skipped, unless strict).
    package let report: PluginLoadReport

    /// The ids the catalog may refer to; a missing one names the bundled plugin that provides it.
    package var capabilities: KnownCapabilities { PluginService.capabilities(of: registry) }

    /// The catalog kinds to read: the built-in ones and those the loaded plugins add.
    package var catalogKinds: CatalogKinds { PluginService.catalogKinds(of: registry) }
}

extension PluginService {
    /// The ids a registry provides, for the catalog's checks; a missing one names the bundled
    /// plugin that provides it.
    package static func capabilities(of registry: PluginRegistry) -> KnownCapabilities {
        func parameters(_ type: CapabilityType) -> [String: JSONValue] {
            Dictionary(registry.entries.filter { $0.type == type }.map { ($0.id, $0.descriptor.parameters) },
                       uniquingKeysWith: { first, _ in first })
        }
        return KnownCapabilities(
            criteria: Set(registry.ids(of: .criterion)),
            verifiers: Set(registry.ids(of: .verifier)),
            trackKinds: Set(registry.ids(of: .trackKind)),
            remedy: { kind, id in bundledProvider(of: kind, id)?.remedy },
            criterionParameters: parameters(.criterion),
            verifierParameters: parameters(.verifier),
            trackKindFields: Dictionary(registry.entries.compactMap { entry in
                entry.descriptor.trackKind?.fields.map { (entry.id, $0) }
            }, uniquingKeysWith: { first, _ in first }),
            defaultVerifiers: Dictionary(registry.entries.compactMap { entry in
                entry.descriptor.trackKind.map { (entry.id, $0.defaultVerifiers) }
            }, uniquingKeysWith: { first, _ in first }))
    }

    /// The built-in catalog kinds and those the registry's plugins add; the Track schema chooses
    /// `spec.fields` by the loaded track kinds.
    package static func catalogKinds(of registry: PluginRegistry) -> CatalogKinds {
        var kinds = CatalogKinds.standard(adding: registry.pluginCatalogKinds.map { ($0.kind, $0.spec) })
        kinds.constrainTrackFields(registry.entries.filter { $0.type == .trackKind }.map { ($0.id, $0.descriptor.trackKind?.fields) })
        return kinds
    }

    /// The bundled plugin that provides a capability the catalog misses, if one does.
    package static func bundledProvider(of kind: MissingCapability.Kind, _ id: String) -> BundledPlugin? {
        let type: CapabilityType
        switch kind {
        case .criterion: type = .criterion
        case .verifier: type = .verifier
        case .trackKind: type = .trackKind
        }
        return BundledPlugin.provider(of: type, id)
    }
}

/// Loading the registry: the built-in criteria, then the plugins on the search path.
package enum PluginService {
    /// Two plugins claiming one id stop it (unless `listing`, which shows them first); with
    /// `strict`, so does any plugin that cannot be loaded.
    package static func load(_ settings: PluginSettings, listing: Bool = false) throws(AppError) -> LoadedPlugins {
        var registry = PluginRegistry()
        registry.reserve(catalogKinds: CatalogKinds.standard.names)
        do {
            try BuiltInCriteria.register(into: &registry)
        } catch {
            throw .builtIns("\(error)")
        }
        let loader = PluginLoader(searchPath: settings.searchPath, isolation: settings.isolation)
        let report: PluginLoadReport
        if settings.strict {
            do {
                report = try loader.loadStrictly(into: &registry)
            } catch {
                throw .pluginsNotLoaded(error.failures)
            }
        } else {
            report = loader.load(into: &registry)
        }
        if !listing, !report.conflicts.isEmpty { throw .pluginConflicts(report.conflicts) }
        return LoadedPlugins(registry: registry, report: report)
    }
}

extension PluginService {
    /// Renders `payload`, a command's JSON output, with the exporter `id`; it must declare that it
    /// serves `document`.
    package static func export(_ payload: JSONValue, as document: ExportDocument, with id: String,
                               settings: PluginSettings) throws(AppError) -> ExportResponse {
        let loaded = try load(settings)
        let serving = exporters(serving: document, in: loaded.registry)
        guard let entry = loaded.registry.entry(.exporter, id), let traits = entry.descriptor.exporter else {
            throw .exporterNotLoaded(id: id, document: document, serving: serving)
        }
        guard traits.serves.contains(document) else {
            throw .exporterDoesNotServe(id: id, document: document, serves: traits.serves, serving: serving)
        }
        do {
            return try loaded.registry.exporter(id).export(ExportRequest(document: document, payload: payload))
        } catch {
            throw .exportFailed(id: id, reason: "\(error)")
        }
    }

    /// A command's JSON output `json` rendered by the exporter `id`: the exporter's text.
    package static func export(json: String, as document: ExportDocument, with id: String,
                               settings: PluginSettings) throws(AppError) -> String {
        let payload: JSONValue
        do {
            payload = try JSONValue(parsing: json)
        } catch {
            throw .exportFailed(id: id, reason: "the \(document.rawValue) could not be read back as JSON: \(error)")
        }
        return try export(payload, as: document, with: id, settings: settings).content
    }

    /// The exporters loaded in `registry` that serve `document`, by id.
    package static func exporters(serving document: ExportDocument, in registry: PluginRegistry) -> [String] {
        registry.entries.filter { $0.type == .exporter && $0.descriptor.exporter?.serves.contains(document) == true }.map(\.id).sorted()
    }
}
