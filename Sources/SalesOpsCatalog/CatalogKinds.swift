import SalesOpsBasics
import SalesOpsYAML

/// The descriptor kinds a catalog understands, by `kind:` name.
///
/// The built-in kinds are here; plugins add kinds whose spec is kept as JSON.
package struct CatalogKinds: Sendable {
    package struct Kind: Sendable {
        package var name: String
        /// Decodes a document of this kind and files it in the catalog.
        package var add: @Sendable (YAMLNode, String, inout Catalog) throws(SourceErrors) -> Void
        /// The JSON Schema of a document of this kind.
        package var schema: @Sendable () -> JSONValue
    }

    package private(set) var kinds: [Kind] = []

    package init() {}

    package var names: [String] { kinds.map(\.name) }

    package func kind(named name: String) -> Kind? {
        kinds.first { $0.name == name }
    }

    package mutating func register(_ kind: Kind) {
        kinds.removeAll { $0.name == kind.name }
        kinds.append(kind)
    }

    /// Registers a kind decoded into `Descriptor<Spec>` and stored at `keyPath`.
    package mutating func register<Spec: Codable & Sendable>(
        _ name: String, _ spec: Spec.Type, into keyPath: WritableKeyPath<Catalog, [Descriptor<Spec>]> & Sendable
    ) {
        register(Kind(
            name: name,
            add: { (node, file, catalog) throws(SourceErrors) in
                var descriptor = try YAMLDecoder().decode(Descriptor<Spec>.self, from: node, file: file)
                descriptor.source = DescriptorSource(file: file, root: node)
                catalog[keyPath: keyPath].append(descriptor)
            },
            schema: { CatalogSchema.document(for: Descriptor<Spec>.self, kind: name) }
        ))
    }

    /// Registers a kind decoded into `Descriptor<Spec>` and stored at `keyPath`, whose clean
    /// documents are read straight from the node tree; a document with any problem is decoded
    /// by `YAMLDecoder`, which reports it.
    package mutating func register<Spec: Codable & Sendable & YAMLDirectDecodable>(
        _ name: String, _ spec: Spec.Type, into keyPath: WritableKeyPath<Catalog, [Descriptor<Spec>]> & Sendable
    ) {
        register(Kind(
            name: name,
            add: { (node, file, catalog) throws(SourceErrors) in
                var descriptor: Descriptor<Spec>
                if let direct = Descriptor<Spec>.decodeDirectly(node) {
                    descriptor = direct
                } else {
                    descriptor = try YAMLDecoder().decode(Descriptor<Spec>.self, from: node, file: file)
                }
                descriptor.source = DescriptorSource(file: file, root: node)
                catalog[keyPath: keyPath].append(descriptor)
            },
            schema: { CatalogSchema.document(for: Descriptor<Spec>.self, kind: name) }
        ))
    }

    /// A kind from a plugin: its spec is kept as JSON and checked against the schema the plugin
    /// declares, each problem at its place in the file.
    package mutating func registerExtension(_ name: String, specSchema: JSONValue) {
        register(Kind(
            name: name,
            add: { (node, file, catalog) throws(SourceErrors) in
                var descriptor = try YAMLDecoder().decode(Descriptor<JSONValue>.self, from: node, file: file)
                descriptor.source = DescriptorSource(file: file, root: node)
                let check = JSONSchemaCheck(noun: "key", owner: "kind \(name)")
                let problems = check.problems(descriptor.spec, specSchema, at: ["spec"]).map { descriptor.locate($0) }
                guard problems.isEmpty else { throw SourceErrors(problems) }
                catalog.extensions[name, default: []].append(descriptor)
            },
            schema: {
                guard case .object(var document) = CatalogSchema.document(for: Descriptor<JSONValue>.self, kind: name),
                      case .object(var properties)? = document["properties"]
                else { return [:] }
                properties["spec"] = specSchema
                document["properties"] = .object(properties)
                return .object(document)
            }
        ))
    }

    /// Makes the Track schema choose `spec.fields` by `spec.audience`: for each track kind, its
    /// own fields schema, or no fields when it declares none (`fields` nil), as `catalog validate`
    /// checks them. The kind keeps its place in the list.
    package mutating func constrainTrackFields(_ trackKinds: [(kind: String, fields: JSONValue?)]) {
        guard !trackKinds.isEmpty, let index = kinds.firstIndex(where: { $0.name == "Track" }) else { return }
        let base = kinds[index].schema
        kinds[index].schema = { CatalogSchema.constrainingTrackFields(base(), trackKinds) }
    }

    /// The kinds `standard` has and the ones `plugins` add (name and spec schema, in load order).
    package static func standard(adding plugins: [(kind: String, spec: JSONValue)]) -> CatalogKinds {
        var kinds = standard
        for plugin in plugins where kinds.kind(named: plugin.kind) == nil {
            kinds.registerExtension(plugin.kind, specSchema: plugin.spec)
        }
        return kinds
    }

    /// Tool, Team, Evaluation, Track, Calendar and Subscription.
    package static let standard: CatalogKinds = {
        var kinds = CatalogKinds()
        kinds.register("Tool", ToolSpec.self, into: \.tools)
        kinds.register("Team", TeamSpec.self, into: \.teams)
        kinds.register("Evaluation", EvaluationSpec.self, into: \.evaluations)
        kinds.register("Track", TrackSpec.self, into: \.tracks)
        kinds.register("Calendar", CalendarSpec.self, into: \.calendars)
        kinds.register("Subscription", SubscriptionSpec.self, into: \.subscriptions)
        return kinds
    }()
}
