/// A name that is not there: what was looked for, the nearest existing names, and what
/// would list them. The one not-found error of every layer.
public struct NotFound: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of thing: `Tool`, `Team`, `Evaluation`, `person`, …
    public let kind: String
    public let name: String
    /// The closest existing name, if one is close enough to be a likely typo.
    public let nearest: String?
    /// A command that lists the existing names, for when nothing is close.
    public let listing: String?

    public init(kind: String, name: String, nearest: String?, listing: String? = nil) {
        self.kind = kind
        self.name = name
        self.nearest = nearest
        self.listing = listing
    }

    /// Looks `name` up among `items` by `key`; not there, a `NotFound` naming the nearest.
    public static func lookup<Item>(_ name: String, in items: [Item], kind: String, listing: String? = nil,
                                    key: (Item) -> String) throws(NotFound) -> Item {
        if let match = items.first(where: { key($0) == name }) { return match }
        throw NotFound(kind: kind, name: name, nearest: Suggestion.nearest(to: name, in: items.map(key)), listing: listing)
    }

    public var description: String {
        var message = "no \(kind) named `\(name)`"
        if let nearest {
            message += "; did you mean `\(nearest)`?"
        } else if let listing {
            message += "; `\(listing)` lists them"
        }
        return message
    }
}
