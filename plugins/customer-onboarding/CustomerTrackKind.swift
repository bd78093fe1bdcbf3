import SalesOpsPluginSDK

/// The `customer` audience: steps owned by the customer, their CSM or enablement; the track
/// names the customer `segment` it serves.
struct CustomerTrackKind: TrackKind {
    let id = "customer"
    let summary = "A new customer's onboarding track (needs `segment`)."
    let traits = TrackKindTraits(
        owners: ["customer", "csm", "enablement"],
        requiredFields: ["segment"],
        defaultVerifiers: ["milestone-by-date", "usage-threshold", "customer-signoff"]
    )
}
