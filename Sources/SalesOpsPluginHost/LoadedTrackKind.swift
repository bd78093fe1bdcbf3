import SalesOpsPluginWire

/// A track kind from a loaded plugin: traits come from the manifest, validation goes
/// through the C table.
struct LoadedTrackKind: TrackKind {
    let plugin: LoadedPlugin
    let id: String
    let summary: String
    let parameters: JSONValue
    let traits: TrackKindTraits

    func validate(_ request: TrackValidationRequest) throws -> [TrackProblem] {
        try plugin.call(.trackKind, id, request: request.json, as: TrackValidationResponse.self).problems
    }
}
