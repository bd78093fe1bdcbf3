import SalesOpsPluginSDK

/// Onboarding for new customers: the `customer` track kind and milestone, usage and
/// sign-off verifiers.
let plugin = PluginDefinition(
    id: "customer-onboarding",
    version: "1.0.0",
    summary: "Onboarding tracks for new customers: milestone dates, usage thresholds and customer sign-off.",
    verifiers: [MilestoneByDateVerifier(), UsageThresholdVerifier(), CustomerSignoffVerifier()],
    trackKinds: [CustomerTrackKind()]
)

@_cdecl("salesops_plugin_entry")
public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
    plugin.entry(hostABI: hostABI)
}
