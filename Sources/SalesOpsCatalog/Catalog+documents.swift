import SalesOpsBasics
import SalesOpsYAML

extension Descriptor {
    /// The document as JSON, as a plugin receives it: from the YAML as written when loaded from
    /// a file, else encoded from the typed value.
    package var json: JSONValue {
        if let json = try? source?.root.jsonValue() { return json }
        return (try? JSONValueEncoder().encode(self)) ?? .emptyObject
    }
}

extension Catalog {
    /// Every document of `kind` (a built-in kind or one a plugin adds) as JSON, in file order.
    package func documents(ofKind kind: String) -> [JSONValue] {
        switch kind {
        case "Tool": return tools.map(\.json)
        case "Team": return teams.map(\.json)
        case "Evaluation": return evaluations.map(\.json)
        case "Track": return tracks.map(\.json)
        case "Calendar": return calendars.map(\.json)
        case "Subscription": return subscriptions.map(\.json)
        default: return (extensions[kind] ?? []).map(\.json)
        }
    }
}
