import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Total cost of ownership over the team's horizon, for the cheapest tier that covers the
/// must-haves; a quote-only price counts at the middle of its range (`params.estimate`: low,
/// mid or high).
struct TotalCostCriterion: BuiltInCriterion {
    let id = "total-cost"
    let summary = "Total cost of ownership over the horizon (cheapest tier covering the must-haves)"
    let defaultDirection = CriterionType.cost
    let parameters: JSONValue = [
        "type": "object",
        "properties": ["estimate": ["enum": ["low", "mid", "high"]]],
        "additionalProperties": false,
    ]

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        let estimate = context.params["estimate"]?.stringValue ?? "mid"
        guard ["low", "mid", "high"].contains(estimate) else {
            throw CriterionParameterError(criterion: id, message: "`estimate` is `\(estimate)`; expected low, mid or high")
        }
        return candidates.map { candidate in
            guard let total = candidate.cost.chosen?.total else { return nil }
            switch estimate {
            case "low": return total.low
            case "high": return total.high
            default: return total.midpoint
            }
        }
    }
}
