import SalesOpsPluginWire

/// A criterion from a loaded plugin: forwards each batched request through the C table and
/// checks the answer (one finite score or null per candidate).
struct LoadedCriterionScorer: CriterionScorer {
    let plugin: LoadedPlugin
    let id: String
    let summary: String
    let parameters: JSONValue
    let candidateFields: [String]?
    let reads: [String]
    let direction: CriterionDirection?
    let range: ValueRange?
    /// Built once from `candidateFields`: most of a request's size is members no criterion reads.
    let projection: JSONProjection?

    init(plugin: LoadedPlugin, descriptor: CapabilityDescriptor) {
        self.plugin = plugin
        id = descriptor.id
        summary = descriptor.summary
        parameters = descriptor.parameters
        candidateFields = descriptor.candidateFields
        reads = descriptor.reads
        direction = descriptor.direction
        range = descriptor.range
        projection = descriptor.candidateFields.map(JSONProjection.init(paths:))
    }

    func score(_ request: CriterionRequest) throws -> [Double?] {
        let request = request.shaped(forABI: plugin.manifest.abiVersion)
        let value = try request.withSerializedBytes(projectingCandidates: projection) { bytes throws(PluginInvocationError) in
            try plugin.invoke(CapabilityType.criterion.qualifiedName(id), requestBytes: bytes)
        }
        let response = try plugin.decode(value, .criterion, id, as: CriterionResponse.self)
        guard response.scores.count == request.candidates.count else {
            throw plugin.failure(CapabilityType.criterion.qualifiedName(id), nil,
                                 "returned \(response.scores.count) scores for \(request.candidates.count) candidates")
        }
        return response.scores
    }
}
