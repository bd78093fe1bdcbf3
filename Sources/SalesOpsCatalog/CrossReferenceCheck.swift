import SalesOpsBasics
import SalesOpsYAML

/// Checks what documents say about each other: unique names, references to known names, step
/// dependencies without cycles, and capability ids that a loaded plugin provides.
struct CrossReferenceCheck {
    let catalog: Catalog
    let capabilities: KnownCapabilities?

    func run() -> [SourceError] {
        var errors: [SourceError] = []
        errors += duplicates(catalog.tools, kind: "Tool")
        errors += duplicates(catalog.teams, kind: "Team")
        errors += duplicates(catalog.evaluations, kind: "Evaluation")
        errors += duplicates(catalog.tracks, kind: "Track")
        errors += duplicates(catalog.calendars, kind: "Calendar")
        errors += duplicates(catalog.subscriptions, kind: "Subscription")
        for (kind, descriptors) in catalog.extensions {
            errors += duplicates(descriptors, kind: kind)
        }
        let tools = Set(catalog.tools.map(\.name))
        for team in catalog.teams {
            for (index, name) in (team.spec.currentStack ?? []).enumerated() {
                if let error = reference(name, kind: "Tool", known: tools, in: team, at: ["spec", "currentStack", .index(index)]) {
                    errors.append(error)
                }
            }
        }
        let teams = Set(catalog.teams.map(\.name))
        for evaluation in catalog.evaluations {
            if let error = reference(evaluation.spec.team, kind: "Team", known: teams, in: evaluation, at: ["spec", "team"]) {
                errors.append(error)
            }
            for (index, name) in (evaluation.spec.candidates.tools ?? []).enumerated() {
                if let error = reference(name, kind: "Tool", known: tools, in: evaluation, at: ["spec", "candidates", "tools", .index(index)]) {
                    errors.append(error)
                }
            }
        }
        for subscription in catalog.subscriptions {
            errors += subscriptionReferences(subscription, tools: tools, teams: teams)
        }
        let calendars = Set(catalog.calendars.map(\.name))
        for track in catalog.tracks {
            if let error = reference(track.spec.calendar, kind: "Calendar", known: calendars, in: track, at: ["spec", "calendar"]) {
                errors.append(error)
            }
            errors += stepReferences(track)
        }
        if let capabilities {
            errors += catalog.missingCapabilities(capabilities).map(\.error)
        }
        return errors
    }

    func duplicates<Spec>(_ descriptors: [Descriptor<Spec>], kind: String) -> [SourceError] {
        var first: [String: Descriptor<Spec>] = [:]
        var errors: [SourceError] = []
        for descriptor in descriptors {
            if let earlier = first[descriptor.name] {
                let place = earlier.source.map { "\($0.file):\($0.root["metadata"]?["name"]?.mark.line ?? $0.root.mark.line)" } ?? "elsewhere"
                errors.append(Self.locate(descriptor, ["metadata", "name"], "\(kind) `\(descriptor.name)` is already defined at \(place); names are unique per kind"))
            } else {
                first[descriptor.name] = descriptor
            }
        }
        return errors
    }

    func reference<Spec>(_ name: String, kind: String, known: Set<String>, in descriptor: Descriptor<Spec>, at path: [YAMLPathComponent]) -> SourceError? {
        guard !known.contains(name) else { return nil }
        var message = "no \(kind) named `\(name)` in the catalog"
        if let nearest = Suggestion.nearest(to: name, in: known) {
            message += "; did you mean `\(nearest)`?"
        }
        return Self.locate(descriptor, path, message)
    }

    /// The tool, the tier on that tool and the team a subscription names.
    func subscriptionReferences(_ subscription: Subscription, tools: Set<String>, teams: Set<String>) -> [SourceError] {
        var errors: [SourceError] = []
        let spec = subscription.spec
        if let error = reference(spec.tool, kind: "Tool", known: tools, in: subscription, at: ["spec", "tool"]) {
            errors.append(error)
        } else if let tool = catalog.tool(named: spec.tool) {
            let tiers = tool.spec.pricing.tiers.map(\.name)
            if !tiers.contains(spec.tier) {
                errors.append(Self.locate(subscription, ["spec", "tier"],
                    "Tool `\(spec.tool)` has no tier `\(spec.tier)`; its tiers are \(tiers.map { "`\($0)`" }.joined(separator: ", "))"))
            }
        }
        if let team = spec.team, let error = reference(team, kind: "Team", known: teams, in: subscription, at: ["spec", "team"]) {
            errors.append(error)
        }
        return errors
    }

    func stepReferences(_ track: Track) -> [SourceError] {
        var errors: [SourceError] = []
        let steps = track.spec.steps
        let ids = Set(steps.map(\.id))
        for (index, step) in steps.enumerated() {
            for (position, dependency) in (step.dependsOn ?? []).enumerated() where !ids.contains(dependency) {
                errors.append(stepError(track, dependency, at: ["spec", "steps", .index(index), "dependsOn", .index(position)], ids: ids))
            }
            if let after = step.due.after, !ids.contains(after) {
                errors.append(stepError(track, after, at: ["spec", "steps", .index(index), "due", "after"], ids: ids))
            }
        }
        for (activity, step) in (track.spec.xapi?.activities ?? [:]).sorted(by: { $0.key < $1.key }) where !ids.contains(step) {
            errors.append(stepError(track, step, at: ["spec", "xapi", "activities", .key(activity)], ids: ids))
        }
        // A step waits for its dependencies and for the step it counts from: both must be acyclic.
        var indexByID: [String: Int] = [:]
        for (index, step) in steps.enumerated() where indexByID[step.id] == nil { indexByID[step.id] = index }
        let graph = DependencyGraph(prerequisites: steps.map { step in
            ((step.dependsOn ?? []) + (step.due.after.map { [$0] } ?? [])).compactMap { indexByID[$0] }
        })
        if let cycle = graph.walk().cycles.first {
            errors.append(Self.locate(track, ["spec", "steps", .index(cycle[0]), "dependsOn"],
                                      "steps depend on each other in a cycle: \(cycle.map { steps[$0].id }.joined(separator: " → ")); remove one dependency"))
        }
        return errors
    }

    func stepError(_ track: Track, _ name: String, at path: [YAMLPathComponent], ids: Set<String>) -> SourceError {
        var message = "no step `\(name)` in this track"
        if let nearest = Suggestion.nearest(to: name, in: ids) {
            message += "; did you mean `\(nearest)`?"
        }
        return Self.locate(track, path, message)
    }

    static func locate<Spec>(_ descriptor: Descriptor<Spec>, _ path: [YAMLPathComponent], _ message: String) -> SourceError {
        descriptor.source?.error(at: path, message)
            ?? SourceError(file: "<catalog>", line: 1, column: 1, path: "", message: message)
    }
}
