import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Headroom at the team's largest size over the horizon: the smaller of seat headroom
/// (`maxSeats ÷ seats`) and API headroom (daily API calls ÷ seats × `params.apiCallsPerSeat`,
/// default 1,000), capped at 10; nil when the tool publishes neither limit.
struct ScalabilityCriterion: BuiltInCriterion {
    let id = "scalability"
    let summary = "Seat and API headroom at the grown team size"
    let defaultDirection = CriterionType.benefit
    let parameters: JSONValue = [
        "type": "object",
        "properties": ["apiCallsPerSeat": ["type": "number", "exclusiveMinimum": 0, "maximum": 1_000_000]],
        "additionalProperties": false,
    ]

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        let team = context.team.spec
        let peak = Double((1...team.horizon).map { team.seats(inYear: $0) }.max() ?? team.seats)
        let perSeat = context.params["apiCallsPerSeat"]?.doubleValue ?? 1000
        guard perSeat > 0, perSeat <= 1_000_000 else {
            throw CriterionParameterError(criterion: id, message: "`apiCallsPerSeat` must be above 0 and at most 1000000")
        }
        return candidates.map { candidate in
            guard let limits = candidate.tool.spec.limits else { return nil }
            var ratios: [Double] = []
            if let maxSeats = limits.maxSeats { ratios.append(Double(maxSeats) / peak) }
            if let daily = limits.apiCallsPerDay {
                let total = Double(daily) + Double(limits.apiCallsPerDayPerSeat ?? 0) * peak
                ratios.append(total / (peak * perSeat))
            }
            return ratios.min().map { min($0, 10) }
        }
    }
}
