import SalesOpsPluginSDK

/// The plugin: its identity, its one verifier, and the one symbol salesops looks for.
let plugin = PluginDefinition(
    id: "call-review",
    version: "1.0.0",
    summary: "Certifies shadowed discovery calls from the calls' own details.",
    verifiers: [CallReviewVerifier()]
)

@_cdecl("salesops_plugin_entry")
public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
    plugin.entry(hostABI: hostABI)
}
