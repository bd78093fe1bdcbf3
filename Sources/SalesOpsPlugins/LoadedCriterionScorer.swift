import SalesOpsPluginInterface

/// A criterion from a loaded plugin: forwards each batched request through the C table and
/// checks the answer (one finite score or null per candidate).
struct LoadedCriterionScorer: CriterionScorer {
    let plugin: LoadedPlugin
    let id: String
    let summary: String
    let parameters: JSONValue

    func score(_ request: CriterionRequest) throws -> [Double?] {
        let response = try plugin.call(.criterion, id, request: request.json, as: CriterionResponse.self)
        guard response.scores.count == request.candidates.count else {
            throw plugin.failure(CapabilityType.criterion.qualifiedName(id), nil,
                                 "returned \(response.scores.count) scores for \(request.candidates.count) candidates")
        }
        return response.scores
    }
}
