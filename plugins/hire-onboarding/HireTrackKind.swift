import SalesOpsPluginSDK

/// The `hire` audience: steps owned by the hire, their manager, a buddy or enablement; the
/// track names the `role` it trains for.
struct HireTrackKind: TrackKind {
    let id = "hire"
    let summary = "A new hire's onboarding track (needs `role`)."
    let traits = TrackKindTraits(
        owners: ["hire", "manager", "buddy", "enablement"],
        requiredFields: ["role"],
        defaultVerifiers: ["quiz-score", "manager-signoff", "evidence-count"]
    )
}
