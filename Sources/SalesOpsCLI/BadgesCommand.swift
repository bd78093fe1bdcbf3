import ArgumentParser
import SalesOpsApp

/// `salesops badges key [--rotate]`.
struct BadgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badges",
        abstract: "Manage the key that signs Open Badges credentials.",
        subcommands: [BadgesKeyCommand.self]
    )
}

struct BadgesKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the public keys that check the store's badges; --rotate adds a new signing key.",
        discussion: """
            The store creates an Ed25519 key (key-1) the first time it is asked for one and keeps it; \
            --rotate makes a new key (key-2, …) the one that signs, and keeps the old ones, so credentials \
            signed before still verify. A credential's proof names its key as ISSUER-URL#KEY-ID.

            Text: one line per key, its id and its public key in Multikey form (z6Mk…). --format json: \
            {"current": ID, "keys": [{"id", "current", "type": "Multikey", "publicKeyMultibase", \
            "publicKeyJwk"}]}, the file `salesops verify badge --key FILE` reads; publish it where those \
            who check your badges can fetch it.

            Examples:
              salesops badges key --format json > issuer-keys.json
              salesops badges key --rotate
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Flag(help: "Add a new key and sign with it from now on.")
    var rotate = false

    @Option(help: "text or json.")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func run() throws {
        // The keys live in the store alone: no catalog or plugin is read.
        let service = OnboardingService(storePath: store.location, catalog: CatalogService(directory: "catalog"),
                                        plugins: PluginSettings(includeBundled: false))
        let list = try service.badgeKeys(rotate: rotate)
        switch format {
        case .json:
            print(list.document.prettyText)
        case .text:
            if rotate { print("Rotated: \(list.current) signs badges from now on; the earlier keys still verify.") }
            for key in list.keys {
                print("\(key.id)  \(key.multibase)" + (key.id == list.current ? "  (current)" : ""))
            }
        }
    }
}
