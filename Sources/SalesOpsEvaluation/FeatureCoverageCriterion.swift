import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Share of the team's nice-to-have features that the chosen tier offers (must-haves are
/// knockouts); with no nice-to-haves, the number of features the chosen tier offers.
struct FeatureCoverageCriterion: BuiltInCriterion {
    let id = "feature-coverage"
    let summary = "Share of the team's nice-to-have features the chosen tier offers"
    let defaultDirection = CriterionType.benefit

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        let wanted = context.team.spec.niceToHave ?? []
        return candidates.map { candidate in
            guard let chosen = candidate.cost.chosen else { return nil }
            if wanted.isEmpty {
                let tier = candidate.tool.spec.pricing.tiers.first { $0.name == chosen.tier }
                return Double(Set(candidate.tool.spec.features ?? []).union(tier?.features ?? []).count)
            }
            return Double(chosen.niceToHaves.count) / Double(wanted.count)
        }
    }
}
