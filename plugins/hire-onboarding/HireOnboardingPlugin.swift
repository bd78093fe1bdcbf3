import SalesOpsPluginSDK

/// Onboarding for new hires (SDR, AE, CSM…): the `hire` track kind and the verifiers its
/// certifications use.
let plugin = PluginDefinition(
    id: "hire-onboarding",
    version: "1.0.0",
    summary: "Onboarding tracks for new hires: quiz, manager sign-off and evidence certifications; checklists as CRM tasks.",
    verifiers: [QuizScoreVerifier(), ManagerSignoffVerifier(), EvidenceCountVerifier()],
    trackKinds: [HireTrackKind()],
    exporters: [CRMTasksExporter()]
)

@_cdecl("salesops_plugin_entry")
public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
    plugin.entry(hostABI: hostABI)
}
