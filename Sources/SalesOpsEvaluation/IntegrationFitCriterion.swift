import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Share of the team's current stack the tool integrates with natively (a tool already in the
/// stack counts as fitting itself); 1 when the team names no stack.
struct IntegrationFitCriterion: BuiltInCriterion {
    let id = "integration-fit"
    let summary = "Share of the team's current stack the tool integrates with"
    let defaultDirection = CriterionType.benefit

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        let stack = context.team.spec.currentStack ?? []
        guard !stack.isEmpty else { return candidates.map { _ in 1 } }
        return candidates.map { candidate in
            let integrations = Set(candidate.tool.spec.integrations ?? []).union([candidate.tool.name])
            return Double(stack.filter(integrations.contains).count) / Double(stack.count)
        }
    }
}
