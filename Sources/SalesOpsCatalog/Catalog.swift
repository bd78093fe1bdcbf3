import SalesOpsBasics
import SalesOpsYAML

/// Every descriptor loaded from a catalog folder, by kind, in file order.
package struct Catalog: Sendable {
    package var tools: [Tool] = []
    package var teams: [Team] = []
    package var evaluations: [Evaluation] = []
    package var tracks: [Track] = []
    package var calendars: [CalendarDescriptor] = []
    package var subscriptions: [Subscription] = []
    /// Documents of kinds registered by plugins, by kind.
    package var extensions: [String: [Descriptor<JSONValue>]] = [:]
    /// Files read, for the summary.
    package var fileCount = 0

    package init() {}

    /// Adds every descriptor of `other` after this catalog's own.
    package mutating func append(_ other: Catalog) {
        tools += other.tools
        teams += other.teams
        evaluations += other.evaluations
        tracks += other.tracks
        calendars += other.calendars
        subscriptions += other.subscriptions
        for (kind, descriptors) in other.extensions {
            extensions[kind, default: []] += descriptors
        }
    }

    package func tool(named name: String) -> Tool? { tools.first { $0.name == name } }
    package func team(named name: String) -> Team? { teams.first { $0.name == name } }
    package func evaluation(named name: String) -> Evaluation? { evaluations.first { $0.name == name } }
    package func track(named name: String) -> Track? { tracks.first { $0.name == name } }
    package func calendar(named name: String) -> CalendarDescriptor? { calendars.first { $0.name == name } }
    package func subscription(named name: String) -> Subscription? { subscriptions.first { $0.name == name } }

    /// The evaluation tagged `default`, else the first one: what `salesops evaluate` runs with no name.
    package var defaultEvaluation: Evaluation? {
        evaluations.first { $0.metadata.tags?.contains("default") == true } ?? evaluations.first
    }

    /// Names by kind, for listings and suggestions.
    package var namesByKind: [(kind: String, names: [String])] {
        var result: [(String, [String])] = [
            ("Tool", tools.map(\.name)), ("Team", teams.map(\.name)), ("Evaluation", evaluations.map(\.name)),
            ("Track", tracks.map(\.name)), ("Calendar", calendars.map(\.name)),
            ("Subscription", subscriptions.map(\.name)),
        ]
        for kind in extensions.keys.sorted() {
            result.append((kind, extensions[kind]!.map(\.name)))
        }
        return result
    }

    package var documentCount: Int {
        namesByKind.reduce(0) { $0 + $1.names.count }
    }
}
