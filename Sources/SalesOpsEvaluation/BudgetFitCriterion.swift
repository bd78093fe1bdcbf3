import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Budget headroom: 1 − average yearly cost ÷ yearly budget (0 spends it all; below 0 is over).
struct BudgetFitCriterion: BuiltInCriterion {
    let id = "budget-fit"
    let summary = "Share of the yearly budget left after the average yearly cost"
    let defaultDirection = CriterionType.benefit

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        guard let budget = context.team.spec.budget, budget.perYear > 0 else {
            return candidates.map { _ in nil }
        }
        return candidates.map { candidate in
            candidate.cost.chosen?.averagePerYear.map { 1 - $0.midpoint / budget.perYear }
        }
    }
}
