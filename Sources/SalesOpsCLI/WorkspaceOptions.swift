import ArgumentParser

/// `--store`, `--today`, `--catalog` and `--plugins`: what an onboarding command opens its
/// workspace from.
struct WorkspaceOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions

    /// Opens the workspace: `writing` commands create the store on first use; reports only read one.
    func open(writing: Bool) throws -> OnboardingWorkspace {
        try OnboardingWorkspace(self, writing: writing)
    }
}
