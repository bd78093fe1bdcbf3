import SalesOpsBasics
import SalesOpsYAML

/// Every descriptor loaded from a catalog folder, by kind, in file order.
public struct Catalog: Sendable {
    public var tools: [Tool] = []
    public var teams: [Team] = []
    public var evaluations: [Evaluation] = []
    public var tracks: [Track] = []
    public var calendars: [CalendarDescriptor] = []
    /// Documents of kinds registered by plugins, by kind.
    public var extensions: [String: [Descriptor<JSONValue>]] = [:]
    /// Files read, for the summary.
    public var fileCount = 0

    public init() {}

    /// Adds every descriptor of `other` after this catalog's own.
    public mutating func append(_ other: Catalog) {
        tools += other.tools
        teams += other.teams
        evaluations += other.evaluations
        tracks += other.tracks
        calendars += other.calendars
        for (kind, descriptors) in other.extensions {
            extensions[kind, default: []] += descriptors
        }
    }

    public func tool(named name: String) -> Tool? { tools.first { $0.name == name } }
    public func team(named name: String) -> Team? { teams.first { $0.name == name } }
    public func evaluation(named name: String) -> Evaluation? { evaluations.first { $0.name == name } }
    public func track(named name: String) -> Track? { tracks.first { $0.name == name } }
    public func calendar(named name: String) -> CalendarDescriptor? { calendars.first { $0.name == name } }

    /// The evaluation tagged `default`, else the first one: what `salesops evaluate` runs with no name.
    public var defaultEvaluation: Evaluation? {
        evaluations.first { $0.metadata.tags?.contains("default") == true } ?? evaluations.first
    }

    /// Names by kind, for listings and suggestions.
    public var namesByKind: [(kind: String, names: [String])] {
        var result: [(String, [String])] = [
            ("Tool", tools.map(\.name)), ("Team", teams.map(\.name)), ("Evaluation", evaluations.map(\.name)),
            ("Track", tracks.map(\.name)), ("Calendar", calendars.map(\.name)),
        ]
        for kind in extensions.keys.sorted() {
            result.append((kind, extensions[kind]!.map(\.name)))
        }
        return result
    }

    public var documentCount: Int {
        namesByKind.reduce(0) { $0 + $1.names.count }
    }
}
