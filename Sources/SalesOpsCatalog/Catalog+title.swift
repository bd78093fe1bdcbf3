extension Catalog {
    /// The title of the document `kind`/`name` (its name when it has none), for listings.
    package func title(kind: String, name: String) -> String {
        switch kind {
        case "Tool": return tool(named: name)?.title ?? name
        case "Team": return team(named: name)?.title ?? name
        case "Evaluation": return evaluation(named: name)?.title ?? name
        case "Track": return track(named: name)?.title ?? name
        case "Calendar": return calendar(named: name)?.title ?? name
        default: return extensions[kind]?.first { $0.name == name }?.title ?? name
        }
    }
}
