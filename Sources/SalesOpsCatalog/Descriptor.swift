import SalesOpsBasics
import SalesOpsYAML

/// The envelope every catalog document shares: `apiVersion`, `kind`, `metadata`, `spec`.
public struct Descriptor<Spec: Codable & Sendable>: Codable, Sendable, YAMLValidating {
    public static var currentAPIVersion: String { "salesops/v1" }

    public var apiVersion: String
    public var kind: String
    public var metadata: Metadata
    public var spec: Spec
    /// Where the document was read from; not part of the document itself.
    public var source: DescriptorSource?

    enum CodingKeys: String, CodingKey {
        case apiVersion, kind, metadata, spec
    }

    public init(kind: String, metadata: Metadata, spec: Spec, source: DescriptorSource? = nil) {
        self.apiVersion = Self.currentAPIVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.source = source
    }

    public var name: String { metadata.name }
    public var title: String { metadata.title ?? metadata.name }

    public func validationProblems() -> [YAMLValidationProblem] {
        guard apiVersion != Self.currentAPIVersion else { return [] }
        return [YAMLValidationProblem(key: "apiVersion", "unsupported apiVersion `\(apiVersion)`; use `\(Self.currentAPIVersion)`")]
    }
}

/// Names, titles and tags of a descriptor.
public struct Metadata: Codable, Sendable, Hashable, YAMLValidating {
    /// `[a-z0-9]+` separated by `-`, `_` or `.`; unique per kind.
    public var name: String
    public var title: String?
    public var description: String?
    public var tags: [String]?

    public init(name: String, title: String? = nil, description: String? = nil, tags: [String]? = nil) {
        self.name = name
        self.title = title
        self.description = description
        self.tags = tags
    }

    public func validationProblems() -> [YAMLValidationProblem] {
        Self.isValidName(name) ? [] : [
            YAMLValidationProblem(
                key: "name",
                "\"\(name)\" is not a valid name; use lower-case letters and digits separated by -, _ or . (e.g. hubspot-sales-hub)"),
        ]
    }

    public static func isValidName(_ name: String) -> Bool {
        Identifier.isValid(name)
    }
}

/// Where a descriptor was read from: the file and the document's node tree, kept so later checks
/// (cross-references, evaluations) can point at the exact line of a value.
public struct DescriptorSource: Sendable {
    public var file: String
    public var root: YAMLNode

    public init(file: String, root: YAMLNode) {
        self.file = file
        self.root = root
    }

    /// The document as loaded, written back as YAML: anchors and aliases expanded, merge keys applied.
    public var yamlText: String { YAMLEmitter.emit(root) }

    /// An error at `path` (`["spec", "currentStack", 2]`), or at the nearest node above it that exists.
    public func error(at path: [YAMLPathComponent], _ message: String) -> SourceError {
        SourceError(file: file, mark: node(at: path).mark, path: YAMLPathComponent.text(path), message: message)
    }

    /// The node at `path`, or the nearest node above it that exists.
    public func node(at path: [YAMLPathComponent]) -> YAMLNode {
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
public enum YAMLPathComponent: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

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
