import SalesOpsBasics
import SalesOpsYAML

/// The envelope every catalog document shares: `apiVersion`, `kind`, `metadata`, `spec`.
package struct Descriptor<Spec: Codable & Sendable>: Codable, Sendable, YAMLValidating {
    package static var currentAPIVersion: String { "salesops/v1" }

    package var apiVersion: String
    package var kind: String
    package var metadata: Metadata
    package var spec: Spec
    /// Where the document was read from; not part of the document itself.
    package var source: DescriptorSource?

    enum CodingKeys: String, CodingKey {
        case apiVersion, kind, metadata, spec
    }

    package init(kind: String, metadata: Metadata, spec: Spec, source: DescriptorSource? = nil) {
        self.apiVersion = Self.currentAPIVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.source = source
    }

    package var name: String { metadata.name }
    package var title: String { metadata.title ?? metadata.name }

    package func validationProblems() -> [YAMLValidationProblem] {
        guard apiVersion != Self.currentAPIVersion else { return [] }
        return [YAMLValidationProblem(key: "apiVersion", "unsupported apiVersion `\(apiVersion)`; use `\(Self.currentAPIVersion)`")]
    }
}

/// Names, titles and tags of a descriptor.
package struct Metadata: Codable, Sendable, Hashable, YAMLValidating {
    /// `[a-z0-9]+` separated by `-`, `_` or `.`; unique per kind.
    package var name: String
    package var title: String?
    package var description: String?
    package var tags: [String]?

    package init(name: String, title: String? = nil, description: String? = nil, tags: [String]? = nil) {
        self.name = name
        self.title = title
        self.description = description
        self.tags = tags
    }

    package func validationProblems() -> [YAMLValidationProblem] {
        Self.isValidName(name) ? [] : [
            YAMLValidationProblem(
                key: "name",
                "\"\(name)\" is not a valid name; use lower-case letters and digits separated by -, _ or . (e.g. hubspot-sales-hub)"),
        ]
    }

    package static func isValidName(_ name: String) -> Bool {
        Identifier.isValid(name)
    }
}

/// Where a descriptor was read from: the file and the document's node tree, kept so later checks
/// (cross-references, evaluations) can point at the exact line of a value.
package struct DescriptorSource: Sendable {
    package var file: String
    package var root: YAMLNode

    /// The document as loaded, written back as YAML: anchors and aliases expanded, merge keys applied.
    package var yamlText: String { YAMLEmitter.emit(root) }

    /// An error at `path` (`["spec", "currentStack", 2]`), or at the nearest node above it that exists.
    package func error(at path: [YAMLPathComponent], _ message: String) -> SourceError {
        SourceError(file: file, mark: node(at: path).mark, path: YAMLPathComponent.text(path), message: message)
    }

    /// The node at `path`, or the nearest node above it that exists.
    package func node(at path: [YAMLPathComponent]) -> YAMLNode {
        var node = root
        for component in path {
            switch component {
            case .key(let key):
                guard let next = node[key] else { break }
                node = next
                continue
            case .index(let index):
                guard let items = node.sequence, items.indices.contains(index) else { break }
                node = items[index]
                continue
            }
            break
        }
        return node
    }
}

/// One step of a path into a document.
package enum YAMLPathComponent: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    package init(stringLiteral value: String) { self = .key(value) }
    package init(integerLiteral value: Int) { self = .index(value) }

    static func text(_ path: [YAMLPathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
