import SalesOpsCatalog

/// The hard requirements a tool must meet before it is scored: must-have features, seat
/// limits, compliance, data residency and the budget ceiling in every year of the horizon.
enum Knockouts {
    static func reasons(tool: Tool, cost: OwnershipCost, team: TeamSpec) -> [ExclusionReason] {
        var reasons: [ExclusionReason] = []
        let spec = tool.spec
        if cost.chosen == nil {
            let covering = cost.tiers.filter { $0.missingMustHaves.isEmpty }
            if covering.isEmpty {
                let closest = cost.tiers.min { $0.missingMustHaves.count < $1.missingMustHaves.count }
                if let closest {
                    reasons.append(.missingMustHaves(closestTier: closest.tier, lacks: closest.missingMustHaves))
                }
            } else {
                reasons += covering.compactMap { tier in
                    tier.seatLimit.map { .tierSeatLimit(tier: tier.tier, maxSeats: $0.maxSeats, needed: $0.needed) }
                }
            }
        }
        let peak = (1...team.horizon).map { team.seats(inYear: $0) }.max() ?? team.seats
        if let maxSeats = spec.limits?.maxSeats, maxSeats < peak {
            reasons.append(.maxSeats(limit: maxSeats, needed: peak, horizonYears: team.horizon))
        }
        let missing = (team.compliance ?? []).filter { !(spec.compliance ?? []).contains($0) }
        if !missing.isEmpty {
            reasons.append(.compliance(missing: missing))
        }
        if let region = team.dataResidency, !(spec.dataResidency ?? []).contains(region) {
            reasons.append(.dataResidency(required: region, offered: spec.dataResidency ?? []))
        }
        // The first year over budget (low end of a range): a growing team can outgrow its budget
        // in year 3 while the average still fits.
        if let budget = team.budget, let chosen = cost.chosen, let years = chosen.years,
           let year = years.firstIndex(where: { $0.low > budget.perYear })
        {
            reasons.append(.overBudget(year: year + 1, tier: chosen.tier, cost: years[year].low, budget: budget.perYear, currency: budget.currency))
        }
        return reasons
    }
}
