import SalesOpsPluginSDK

let plugin = PluginDefinition(
    id: "contractor-onboarding",
    version: "1.0.0",
    summary: "Onboarding tracks for agency contractors, with the agency and access level as the track's own fields.",
    trackKinds: [ContractorTrackKind()]
)

@_cdecl("salesops_plugin_entry")
public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
    plugin.entry(hostABI: hostABI)
}
