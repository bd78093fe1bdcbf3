/// A set of dotted member paths (`spec.dataResidency`, `metadata.name`) that cuts JSON
/// objects down to just those members, keeping their nesting.
///
/// A criterion that declares the candidate fields it reads gets candidates projected this
/// way: the request shrinks from the whole descriptor to a few members per tool.
package struct JSONProjection: Sendable, Equatable {
    private(set) var children: [String: JSONProjection] = [:]
    /// The whole value at this point is kept.
    private(set) var keepsAll = false

    package init(paths: [String]) {
        for path in paths {
            insert(path.split(separator: ".").map(String.init)[...])
        }
    }

    private mutating func insert(_ keys: ArraySlice<String>) {
        guard let first = keys.first else {
            keepsAll = true
            return
        }
        children[first, default: JSONProjection(paths: [])].insert(keys.dropFirst())
    }

    /// `value` with only the projected members; values that are not objects pass whole.
    package func apply(to value: JSONValue) -> JSONValue {
        if keepsAll { return value }
        guard case .object(let members) = value else { return value }
        var kept: [String: JSONValue] = [:]
        kept.reserveCapacity(children.count)
        for (key, child) in children {
            if let member = members[key] { kept[key] = child.apply(to: member) }
        }
        return .object(kept)
    }
}
