import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// How hard the tool is for this team to adopt:
/// `max(0, learningCurve − skill) + adminHoursPerWeek ÷ team admin hours + weeksToLive ÷ 12`,
/// where skill is 1 (beginner) … 4 (expert) and team admin hours default to 5 a week.
struct AdoptionRiskCriterion: BuiltInCriterion {
    let id = "adoption-risk"
    let summary = "Learning curve above the team's skill, admin load against its capacity, time to go live"
    let defaultDirection = CriterionType.cost

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        let skill = Double(context.team.spec.skillLevel?.level ?? 2)
        let capacity = max(context.team.spec.adminHoursPerWeek ?? 5, 0.5)
        return candidates.map { candidate in
            guard let adoption = candidate.tool.spec.adoption else { return nil }
            return max(0, Double(adoption.learningCurve) - skill)
                + (adoption.adminHoursPerWeek ?? 0) / capacity
                + (adoption.weeksToLive ?? 0) / 12
        }
    }
}
