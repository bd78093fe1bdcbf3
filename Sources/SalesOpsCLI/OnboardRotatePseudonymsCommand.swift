import ArgumentParser
import SalesOpsApp

/// `salesops onboard rotate-pseudonyms`: a new pseudonym key for the store.
struct OnboardRotatePseudonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-pseudonyms",
        abstract: "Replace the store's pseudonym key: every pseudonym in anonymised reports changes for good.",
        discussion: """
            Anonymised reports (--anonymize) name people by a keyed hash of their id; the key is created \
            in the store on first use. Rotate it when an anonymised report may have been linked to people, \
            or on a schedule: reports made before cannot be matched to reports made after, even with the store.

            Example: salesops onboard rotate-pseudonyms
            """
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        // Rotating reads neither the catalog nor a plugin.
        let service = OnboardingService(storePath: store.location, catalog: CatalogService(directory: "catalog"),
                                        plugins: PluginSettings(includeBundled: false))
        try service.rotatePseudonyms()
        print("Pseudonyms rotated in \(store.displayed): anonymised reports from now on use new pseudonyms, "
            + "which cannot be matched to earlier ones.")
    }
}
