import SalesOpsBasics
import SalesOpsYAML

/// A criterion, verifier or track kind the catalog uses that neither salesops nor a loaded
/// plugin provides, with the document that uses it, so a command can fail only on what it uses.
package struct MissingCapability: Sendable {
    package enum Kind: String, Sendable, Hashable {
        case criterion
        case verifier
        case trackKind = "track kind"
    }

    package let kind: Kind
    package let id: String
    /// The kind and name of the document that uses it (`Evaluation`, `default-crm`).
    package let documentKind: String
    package let documentName: String
    /// The located message, naming the plugin to build or install where one is known.
    package let error: SourceError
}

extension Catalog {
    /// Every use of a capability id that `known` does not hold, in document order.
    package func missingCapabilities(_ known: KnownCapabilities) -> [MissingCapability] {
        var missing: [MissingCapability] = []
        func check<Spec>(_ id: String, _ kind: MissingCapability.Kind, in descriptor: Descriptor<Spec>, at path: [YAMLPathComponent],
                         defaultOf trackKind: String? = nil) {
            let ids: Set<String>
            switch kind {
            case .criterion: ids = known.criteria
            case .verifier: ids = known.verifiers
            case .trackKind: ids = known.trackKinds
            }
            guard !ids.contains(id) else { return }
            var message: String
            if let trackKind {
                message = "the track kind `\(trackKind)` names `\(id)` as its default verifier, but no verifier `\(id)` is loaded"
                message += known.remedy(kind, id).map { "; \($0)" } ?? "; name a verifier here with `verifier:`, or fix the track kind's defaultVerifiers"
            } else if let remedy = known.remedy(kind, id) {
                message = "no \(kind.rawValue) `\(id)` is loaded; \(remedy)"
            } else {
                message = "neither salesops nor a loaded plugin provides the \(kind.rawValue) `\(id)`"
                if let nearest = Suggestion.nearest(to: id, in: ids) {
                    message += "; did you mean `\(nearest)`?"
                } else {
                    message += "; see `salesops plugins list`"
                }
            }
            let error = CrossReferenceCheck.locate(descriptor, path, message)
            missing.append(MissingCapability(kind: kind, id: id, documentKind: descriptor.kind, documentName: descriptor.name, error: error))
        }
        for evaluation in evaluations {
            for (index, criterion) in evaluation.spec.criteria.enumerated() {
                check(criterion.use, .criterion, in: evaluation, at: ["spec", "criteria", .index(index), "use"])
            }
        }
        for track in tracks {
            check(track.spec.audience, .trackKind, in: track, at: ["spec", "audience"])
            for (index, step) in track.spec.steps.enumerated() {
                guard let certification = step.certification else { continue }
                let at: [YAMLPathComponent] = ["spec", "steps", .index(index), "certification"]
                if let verifier = certification.verifier {
                    check(verifier, .verifier, in: track, at: at + ["verifier"])
                } else if let fallback = known.defaultVerifiers[track.spec.audience]?.first {
                    check(fallback, .verifier, in: track, at: at, defaultOf: track.spec.audience)
                } else if known.trackKinds.contains(track.spec.audience) {
                    let error = CrossReferenceCheck.locate(track, at, "no `verifier`, and the track kind `\(track.spec.audience)` has no default verifier; name one with `verifier:`")
                    missing.append(MissingCapability(kind: .verifier, id: "", documentKind: track.kind, documentName: track.name, error: error))
                }
            }
        }
        return missing
    }
}
