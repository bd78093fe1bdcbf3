import SalesOpsPluginWire

/// An exporter from a loaded plugin: traits come from the manifest, rendering goes through
/// the C table.
struct LoadedReportExporter: ReportExporter {
    let plugin: LoadedPlugin
    let id: String
    let summary: String
    let parameters: JSONValue
    let traits: ExporterTraits

    func export(_ request: ExportRequest) throws -> ExportResponse {
        try plugin.call(.exporter, id, request: request.json, as: ExportResponse.self)
    }
}
