/// A name that is not there: what was looked for, where, the nearest existing name, and what
/// lists the others. The one not-found error of every layer.
package struct NotFound: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of thing: `Tool`, `Team`, `Evaluation`, `person`, …
    package let kind: String
    package let name: String
    /// Where it was looked for, when the kind does not say.
    package let place: Place?
    /// The closest existing name, if one is close enough to be a likely typo.
    package let nearest: String?
    /// A command that lists the existing names, for when nothing is close.
    package let listing: String?
    /// The existing names, shown when nothing is close and no command lists them (up to ten).
    package let known: [String]

    package init(kind: String, name: String, place: Place? = nil, nearest: String?, listing: String? = nil, known: [String] = []) {
        self.kind = kind
        self.name = name
        self.place = place
        self.nearest = nearest
        self.listing = listing
        self.known = known
    }

    /// `name`, not found among `names`: the nearest of them suggested.
    package init(kind: String, name: String, place: Place? = nil, among names: [String], listing: String? = nil, showingKnown: Bool = false) {
        self.init(kind: kind, name: name, place: place, nearest: Suggestion.nearest(to: name, in: names), listing: listing,
                  known: showingKnown ? names : [])
    }

    /// Looks `name` up among `items` by `key`; not there, a `NotFound` naming the nearest.
    package static func lookup<Item>(_ name: String, in items: [Item], kind: String, listing: String? = nil,
                                    key: (Item) -> String) throws(NotFound) -> Item {
        if let match = items.first(where: { key($0) == name }) { return match }
        throw NotFound(kind: kind, name: name, among: items.map(key), listing: listing)
    }

    package var description: String {
        var message = "no \(kind) named `\(name)`" + (place.map { " \($0)" } ?? "")
        if let nearest {
            message += "; did you mean `\(nearest)`?"
        } else if let listing {
            message += "; `\(listing)` lists them"
        } else if !known.isEmpty {
            message += "; known: " + known.prefix(10).joined(separator: ", ") + (known.count > 10 ? ", …" : "")
        }
        return message
    }
}

extension NotFound {
    /// Where a name was looked for.
    package enum Place: Sendable, Hashable, CustomStringConvertible {
        case catalog
        case store
        /// Inside one named thing: the steps of track `sdr-30-60-90`.
        case inside(kind: String, name: String)

        package var description: String {
            switch self {
            case .catalog: return "in the catalog"
            case .store: return "in the store"
            case let .inside(kind, name): return "in \(kind) \(name)"
            }
        }
    }
}
