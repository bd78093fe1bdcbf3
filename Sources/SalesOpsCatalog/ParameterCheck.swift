import SalesOpsBasics
import SalesOpsYAML

/// Checks each criterion's and verifier's `params` against the JSON Schema its capability
/// declares, and each track's own `fields` against its track kind's, so a bad parameter (a
/// negative pass mark, a typo in a key, a number beyond the declared maximum) or field is a
/// located error from `catalog validate`, not a failure mid-evaluation (`JSONSchemaCheck`).
struct ParameterCheck {
    let catalog: Catalog
    let capabilities: KnownCapabilities

    func run() -> [SourceError] {
        catalog.evaluations.flatMap { Self.problems(in: $0, capabilities) } + catalog.tracks.flatMap { Self.problems(in: $0, capabilities) }
    }

    /// An evaluation's criterion `params` against their capabilities' schemas.
    static func problems(in evaluation: Evaluation, _ capabilities: KnownCapabilities) -> [SourceError] {
        var errors: [SourceError] = []
        for (index, use) in evaluation.spec.criteria.enumerated() {
            guard let schema = capabilities.criterionParameters[use.use] else { continue }
            let path: [YAMLPathComponent] = ["spec", "criteria", .index(index), "params"]
            errors += parameters.problems(.object(use.params ?? [:]), schema, at: path).map { evaluation.locate($0) }
        }
        return errors
    }

    static let parameters = JSONSchemaCheck(noun: "parameter", owner: "this capability")

    /// A track's verifier `params` against their capabilities' schemas, and its `fields`
    /// against its track kind's (a kind that declares none takes none).
    static func problems(in track: Track, _ capabilities: KnownCapabilities) -> [SourceError] {
        var errors: [SourceError] = []
        let audience = track.spec.audience
        if capabilities.trackKinds.contains(audience) {
            let schema = capabilities.trackKindFields[audience] ?? ["type": "object", "additionalProperties": false]
            let check = JSONSchemaCheck(noun: "field", owner: "track kind \(audience)")
            errors += check.problems(.object(track.spec.fields ?? [:]), schema, at: ["spec", "fields"]).map { track.locate($0) }
        }
        for (index, step) in track.spec.steps.enumerated() {
            guard let certification = step.certification,
                  let verifier = certification.verifier(defaults: capabilities.defaultVerifiers[audience] ?? []),
                  let schema = capabilities.verifierParameters[verifier] else { continue }
            let path: [YAMLPathComponent] = ["spec", "steps", .index(index), "certification", "params"]
            errors += parameters.problems(.object(certification.params ?? [:]), schema, at: path).map { track.locate($0) }
        }
        return errors
    }
}

extension Catalog {
    /// The `params` problems of one evaluation, for a command that runs only that one.
    package func parameterProblems(in evaluation: Evaluation, _ capabilities: KnownCapabilities) -> [SourceError] {
        ParameterCheck.problems(in: evaluation, capabilities).sorted()
    }

    /// The `params` problems of one track, for a command that enrols on only that one.
    package func parameterProblems(in track: Track, _ capabilities: KnownCapabilities) -> [SourceError] {
        ParameterCheck.problems(in: track, capabilities).sorted()
    }
}
