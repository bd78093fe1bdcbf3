import SalesOpsCatalog

/// What one tier of a tool would cost a team over its horizon, and what it lacks.
package struct TierCost: Sendable, Hashable, Encodable {
    package var tier: String
    package var published: Bool
    /// Cost in each year of the horizon, in the team's currency; nil when the price is unknown.
    package var years: [MoneyRange]?
    /// Must-have features this tier does not offer.
    package var missingMustHaves: [String]
    /// Nice-to-have features it offers.
    package var niceToHaves: [String]
    /// The tier's seat cap, when it is below the seats the team needs.
    package var seatLimit: SeatLimit?

    package var total: MoneyRange? {
        years.map { $0.reduce(.zero, +) }
    }

    package var averagePerYear: MoneyRange? {
        guard let years, let total, !years.isEmpty else { return nil }
        return total * (1 / Double(years.count))
    }

    package var fits: Bool { missingMustHaves.isEmpty && seatLimit == nil }
}

/// The cost of ownership of one tool for one team: every tier, and the one chosen — the cheapest
/// tier that covers the must-haves at the team's size.
package struct OwnershipCost: Sendable, Hashable, Encodable {
    package var tool: String
    package var currency: Currency
    package var tiers: [TierCost]
    /// The tier the evaluation uses; nil when no tier covers the must-haves at the team's size.
    package var chosen: TierCost?
    /// How the figures were made, where a reader should know it (conversion, billing fallback, ranges).
    package var caveats: [CostCaveat]

    /// Computes the cost of every tier of `tool` for `team` in the team's currency.
    ///
    /// Per year: per-seat monthly price × 12 × seats that year (at least the tier's minimum),
    /// plus the account price × 12, plus the platform fee; the onboarding fee in year 1. Annual
    /// billing uses the annual price, falling back to the monthly one (and the reverse); a
    /// quote-only tier costs its `range`, or is unknown without one.
    package static func compute(tool: Tool, team: TeamSpec, rates: ExchangeRates) -> OwnershipCost {
        let spec = tool.spec
        let currency = team.budget?.currency ?? spec.pricing.currency
        let factor = rates.factor(from: spec.pricing.currency, to: currency)
        let billing = team.billing ?? .annual
        let toolFeatures = Set(spec.features ?? [])
        var caveats: [CostCaveat] = []
        if factor != 1 {
            caveats.append(.converted(from: spec.pricing.currency, to: currency, rate: factor))
        }
        let horizon = team.horizon
        let seatsByYear = (1...horizon).map { team.seats(inYear: $0) }
        let peakSeats = seatsByYear.max() ?? team.seats
        var tiers: [TierCost] = []
        for tier in spec.pricing.tiers {
            let features = toolFeatures.union(tier.features ?? [])
            let missing = (team.mustHave ?? []).filter { !features.contains($0) }
            let nice = (team.niceToHave ?? []).filter { features.contains($0) }
            var seatLimit: SeatLimit?
            if let maxSeats = tier.maxSeats, maxSeats < peakSeats {
                seatLimit = SeatLimit(maxSeats: maxSeats, needed: peakSeats)
            }
            var years: [MoneyRange]?
            if let seatPrice = monthlySeatPrice(tier, billing: billing, caveats: &caveats) {
                years = seatsByYear.enumerated().map { index, seats in
                    let billed = Double(max(seats, tier.minSeats ?? 1))
                    var year = seatPrice * (12 * billed)
                    if let account = tier.pricePerAccount.flatMap({ price($0, billing: billing) }) {
                        year = year + MoneyRange(exactly: account * 12)
                    }
                    year = year + MoneyRange(exactly: tier.platformFeePerYear ?? 0)
                    if index == 0 { year = year + MoneyRange(exactly: tier.onboardingFee ?? 0) }
                    return year * factor
                }
            } else if let account = tier.pricePerAccount.flatMap({ price($0, billing: billing) }) {
                years = seatsByYear.indices.map { index in
                    var year = MoneyRange(exactly: account * 12 + (tier.platformFeePerYear ?? 0))
                    if index == 0 { year = year + MoneyRange(exactly: tier.onboardingFee ?? 0) }
                    return year * factor
                }
            }
            tiers.append(TierCost(
                tier: tier.name, published: tier.isPublished, years: years,
                missingMustHaves: missing, niceToHaves: nice, seatLimit: seatLimit))
        }
        let fitting = tiers.filter(\.fits)
        // Each caveat once, in the order found: the conversion, then tier by tier.
        var seen: Set<CostCaveat> = []
        let chosen = fitting.filter { $0.total != nil }.min { $0.total!.midpoint < $1.total!.midpoint } ?? fitting.first
        return OwnershipCost(tool: tool.name, currency: currency, tiers: tiers, chosen: chosen, caveats: caveats.filter { seen.insert($0).inserted })
    }

    /// Per-seat monthly price as a range; nil when the tier has neither a seat price nor a range.
    static func monthlySeatPrice(_ tier: PricingTier, billing: Billing, caveats: inout [CostCaveat]) -> MoneyRange? {
        if !tier.isPublished {
            guard let range = tier.range else { return nil }
            caveats.append(.priceRange(tier: tier.name))
            return MoneyRange(low: range.low, high: range.high)
        }
        guard let prices = tier.pricePerSeat else {
            return tier.pricePerAccount == nil ? nil : .zero
        }
        if let value = price(prices, billing: billing) {
            if billing == .annual, prices.annual == nil {
                caveats.append(.billingFallback(tier: tier.name, billing: .annual, used: .monthly))
            }
            if billing == .monthly, prices.monthly == nil {
                caveats.append(.billingFallback(tier: tier.name, billing: .monthly, used: .annual))
            }
            return MoneyRange(exactly: value)
        }
        return nil
    }

    static func price(_ prices: BillingPrices, billing: Billing) -> Double? {
        billing == .annual ? (prices.annual ?? prices.monthly) : (prices.monthly ?? prices.annual)
    }
}

/// A tier's seat cap below the team's peak seats.
package struct SeatLimit: Sendable, Hashable, Encodable {
    package var maxSeats: Int
    package var needed: Int
}
