import SalesOpsBasics
import SalesOpsYAML

extension Descriptor: YAMLDirectDecodable where Spec: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Descriptor? {
        // Any other apiVersion is a problem `validationProblems` reports.
        guard let fields = YAMLDirect.Fields(node, keys: descriptorKeys),
              fields.required("apiVersion", YAMLDirect.text) == currentAPIVersion,
              let kind = fields.required("kind", YAMLDirect.text),
              let metadata = fields.required("metadata", Metadata.decodeDirectly),
              let spec = fields.required("spec", Spec.decodeDirectly) else { return nil }
        return Descriptor(kind: kind, metadata: metadata, spec: spec)
    }
}

private let descriptorKeys = ["apiVersion", "kind", "metadata", "spec"]

extension Metadata: YAMLDirectDecodable {
    private static let keys = ["name", "title", "description", "tags"]

    package static func decodeDirectly(_ node: YAMLNode) -> Metadata? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let name = fields.required("name", YAMLDirect.text),
              let title = fields.optional("title", YAMLDirect.text),
              let description = fields.optional("description", YAMLDirect.text),
              let tags = fields.optional("tags", { YAMLDirect.list($0, YAMLDirect.text) }) else { return nil }
        return YAMLDirect.checked(Metadata(name: name, title: title, description: description, tags: tags))
    }
}
