import SalesOpsBasics
import SalesOpsYAML

extension Descriptor: YAMLDirectDecodable where Spec: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Descriptor? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var apiVersion: String?, kind: String?, metadata: Metadata?, spec: Spec?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "apiVersion"?:
                guard seen.first(0), let read = YAMLDirect.text(value) else { return nil }
                apiVersion = read
            case "kind"?:
                guard seen.first(1), let read = YAMLDirect.text(value) else { return nil }
                kind = read
            case "metadata"?:
                guard seen.first(2), let read = Metadata.decodeDirectly(value) else { return nil }
                metadata = read
            case "spec"?:
                guard seen.first(3), let read = Spec.decodeDirectly(value) else { return nil }
                spec = read
            default:
                return nil
            }
        }
        // Any other apiVersion is a problem `validationProblems` reports.
        guard apiVersion == currentAPIVersion, let kind, let metadata, let spec else { return nil }
        return Descriptor(kind: kind, metadata: metadata, spec: spec)
    }
}

extension Metadata: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Metadata? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var name: String?, title: String?, description: String?, tags: [String]?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "name"?:
                guard seen.first(0), let read = YAMLDirect.text(value) else { return nil }
                name = read
            case "title"?:
                guard seen.first(1), let read = YAMLDirect.optional(value, YAMLDirect.text) else { return nil }
                title = read
            case "description"?:
                guard seen.first(2), let read = YAMLDirect.optional(value, YAMLDirect.text) else { return nil }
                description = read
            case "tags"?:
                guard seen.first(3), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, YAMLDirect.text) }) else { return nil }
                tags = read
            default:
                return nil
            }
        }
        guard let name else { return nil }
        return YAMLDirect.checked(Metadata(name: name, title: title, description: description, tags: tags))
    }
}
