import SalesOpsCatalog

/// The hard requirements a tool must meet before it is scored: must-have features, seat
/// limits, compliance, data residency and the budget ceiling.
enum Knockouts {
    static func reasons(tool: Tool, cost: OwnershipCost, team: TeamSpec) -> [String] {
        var reasons: [String] = []
        let spec = tool.spec
        if cost.chosen == nil {
            let covering = cost.tiers.filter { $0.missingMustHaves.isEmpty }
            if covering.isEmpty {
                let closest = cost.tiers.min { $0.missingMustHaves.count < $1.missingMustHaves.count }
                if let closest {
                    reasons.append("no tier has every must-have; the closest, \(closest.tier), lacks \(closest.missingMustHaves.joined(separator: ", "))")
                }
            } else {
                reasons += covering.compactMap(\.seatProblem)
            }
        }
        let peak = (1...team.horizon).map { team.seats(inYear: $0) }.max() ?? team.seats
        if let maxSeats = spec.limits?.maxSeats, maxSeats < peak {
            reasons.append("allows at most \(maxSeats) seats; the team needs \(peak) within \(team.horizon) year\(team.horizon == 1 ? "" : "s")")
        }
        let missing = (team.compliance ?? []).filter { !(spec.compliance ?? []).contains($0) }
        if !missing.isEmpty {
            reasons.append("no \(missing.map(\.rawValue).joined(separator: ", ")) attestation recorded")
        }
        if let region = team.dataResidency, !(spec.dataResidency ?? []).contains(region) {
            let offered = (spec.dataResidency ?? []).map(\.rawValue)
            reasons.append("cannot keep data in \(region.rawValue)" + (offered.isEmpty ? " (no data residency recorded)" : " (offers \(offered.joined(separator: ", ")))"))
        }
        if let budget = team.budget, let chosen = cost.chosen, let average = chosen.averagePerYear, average.low > budget.perYear {
            reasons.append("average yearly cost \(Format.money(average.low, budget.currency)) (\(chosen.tier)) is over the budget of \(Format.money(budget.perYear, budget.currency))")
        }
        return reasons
    }
}
