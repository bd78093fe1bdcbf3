import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation

/// Computes a `StackAudit` from the catalog's subscriptions and the seat usage given.
package struct StackAuditor {
    package var catalog: Catalog
    package var usage: [SeatUsage]
    package var today: CalendarDate
    package var currency: Currency
    package var rates: ExchangeRates
    package var unusedAfterDays: Int
    /// Ranks an ad-hoc evaluation (the team, the overlap's categories as candidates); nil skips
    /// consolidation. The application passes the evaluator with the plugin registry.
    package var rank: ((Evaluation) throws(EvaluationError) -> EvaluationReport)?

    package init(catalog: Catalog, usage: [SeatUsage], today: CalendarDate, currency: Currency, rates: ExchangeRates = .standard,
                unusedAfterDays: Int = 30, rank: ((Evaluation) throws(EvaluationError) -> EvaluationReport)? = nil) {
        self.catalog = catalog
        self.usage = usage
        self.today = today
        self.currency = currency
        self.rates = rates
        self.unusedAfterDays = unusedAfterDays
        self.rank = rank
    }

    package func audit(subscriptions chosen: [Subscription]) throws(EvaluationError) -> StackAudit {
        let renewals = chosen.map { Renewal.of($0, today: today) }
        let costs = chosen.map(cost)
        var conversions: [Conversion] = []
        for subscription in chosen where subscription.spec.currency != currency {
            let conversion = Conversion(from: subscription.spec.currency, to: currency,
                                        rate: rates.factor(from: subscription.spec.currency, to: currency))
            if !conversions.contains(conversion) { conversions.append(conversion) }
        }
        let overlaps = findOverlaps(chosen, costs: costs)
        var savings: [Saving] = []
        for (index, subscription) in chosen.enumerated() {
            let renewal = renewals[index]
            guard renewal.renewsOn != nil else { continue }
            let line = costs[index]
            if let unused = line.unusedSeats, unused > 0 {
                savings.append(Saving(action: .dropUnusedSeats(subscription: subscription.name, seats: unused),
                                      perYear: Double(unused) * line.perSeatPerYear, actBy: renewal.noticeBy))
            }
            if let downgrade = downgrade(subscription, line: line) {
                savings.append(Saving(action: downgrade.action, perYear: downgrade.perYear, actBy: renewal.noticeBy))
            }
        }
        var consolidations: [Consolidation] = []
        if let rank {
            for overlap in overlaps {
                guard let consolidation = try consolidate(overlap, chosen: chosen, costs: costs, rank: rank) else { continue }
                consolidations.append(consolidation)
                guard consolidation.savingPerYear > 0 else { continue }
                let deadlines = renewals.filter { overlap.subscriptions.contains($0.subscription) && $0.renewsOn != nil }.map(\.noticeBy)
                savings.append(Saving(action: .consolidate(consolidation), perYear: consolidation.savingPerYear, actBy: deadlines.min()))
            }
        }
        savings.sort { $0.perYear > $1.perYear }
        let subscribedTools = Set(chosen.map(\.spec.tool))
        var unmatched: [String: Int] = [:]
        for seat in usage where !subscribedTools.contains(seat.tool) {
            unmatched[seat.tool, default: 0] += 1
        }
        return StackAudit(
            today: today, currency: currency, unusedAfterDays: unusedAfterDays, usageGiven: !usage.isEmpty,
            subscriptions: costs,
            spendByTool: totals(costs.map { ($0.tool, $0.perYear) }),
            spendByCategory: totals(costs.map { ($0.category.rawValue, $0.perYear) }),
            totalPerYear: costs.reduce(0) { $0 + $1.perYear },
            renewals: renewals.sorted { ($0.noticeBy, $0.subscription) < ($1.noticeBy, $1.subscription) },
            overlaps: overlaps, consolidations: consolidations, savings: savings, conversions: conversions,
            unmatchedUsage: unmatched.map { Spend(name: $0.key, value: Double($0.value)) }.sorted { $0.name < $1.name })
    }

    /// A subscription's yearly cost in the audit's currency, and its seats against the usage.
    func cost(_ subscription: Subscription) -> SubscriptionCost {
        let spec = subscription.spec
        let tool = catalog.tool(named: spec.tool)
        let perSeatPerYear = spec.monthlySeatPrice * 12 * rates.factor(from: spec.currency, to: currency)
        var line = SubscriptionCost(
            subscription: subscription.name, tool: spec.tool, title: tool?.metadata.title ?? spec.tool,
            category: tool?.spec.category ?? .productivity, tier: spec.tier, team: spec.team, owner: spec.owner,
            costCentre: spec.costCentre, seats: spec.seats, billing: spec.billing,
            perSeatPerYear: perSeatPerYear, perYear: perSeatPerYear * Double(spec.seats))
        let seats = usage.filter { $0.tool == spec.tool }
        if !seats.isEmpty {
            let activeUsers = Set(seats.filter { seat in
                seat.lastActive.map { $0.days(until: today) <= unusedAfterDays } ?? false
            }.map(\.user))
            let unused = max(0, spec.seats - activeUsers.count)
            line.activeSeats = activeUsers.count
            line.unusedSeats = unused
            line.unusedPerYear = Double(unused) * perSeatPerYear
            line.activeBeyondSeats = max(0, activeUsers.count - spec.seats)
        }
        return line
    }

    /// Features the subscription's team relies on: its own list, else the team's must-haves and
    /// nice-to-haves that the tier covers; nil when neither is known.
    func featuresUsed(_ subscription: Subscription) -> [String]? {
        if let listed = subscription.spec.featuresUsed { return listed }
        guard let teamName = subscription.spec.team, let team = catalog.team(named: teamName),
              let tool = catalog.tool(named: subscription.spec.tool) else { return nil }
        let features = Self.features(of: tool, tier: subscription.spec.tier)
        return ((team.spec.mustHave ?? []) + (team.spec.niceToHave ?? [])).filter { features.contains($0) }
    }

    static func features(of tool: Tool, tier name: String) -> Set<String> {
        let tier = tool.spec.pricing.tiers.first { $0.name == name }
        return Set(tool.spec.features ?? []).union(tier?.features ?? [])
    }

    /// The cheapest published tier below the current one's price that keeps every feature in use.
    func downgrade(_ subscription: Subscription, line: SubscriptionCost) -> (action: Saving.Action, perYear: Double)? {
        let spec = subscription.spec
        // Without a feature known to be in use, no tier can be said to be enough.
        guard let tool = catalog.tool(named: spec.tool), let used = featuresUsed(subscription), !used.isEmpty else { return nil }
        let seats = Double(line.activeSeats.map { max($0, 1) } ?? spec.seats)
        let factor = rates.factor(from: tool.spec.pricing.currency, to: currency)
        var best: (tier: String, perYear: Double)?
        for tier in tool.spec.pricing.tiers where tier.name != spec.tier && tier.isPublished {
            guard let prices = tier.pricePerSeat, let monthly = spec.billing == .annual ? (prices.annual ?? prices.monthly) : (prices.monthly ?? prices.annual)
            else { continue }
            let features = Self.features(of: tool, tier: tier.name)
            guard used.allSatisfy(features.contains), (tier.maxSeats ?? Int.max) >= Int(seats) else { continue }
            let perSeatPerYear = monthly * 12 * factor
            if perSeatPerYear < line.perSeatPerYear, best.map({ perSeatPerYear < $0.perYear }) ?? true {
                best = (tier.name, perSeatPerYear)
            }
        }
        guard let best else { return nil }
        return (.downgrade(subscription: subscription.name, from: spec.tier, to: best.tier, featuresKept: used.sorted()),
                (line.perSeatPerYear - best.perYear) * Double(spec.seats))
    }

    /// Subscriptions of one team on different tools in the same category, or where every feature
    /// one is used for is in another's tier.
    func findOverlaps(_ chosen: [Subscription], costs: [SubscriptionCost]) -> [Overlap] {
        var overlaps: [Overlap] = []
        var grouped: Set<Int> = []
        let byTeam = Dictionary(grouping: chosen.indices, by: { chosen[$0].spec.team ?? "" })
        for team in byTeam.keys.sorted() {
            let members = byTeam[team]!
            let byCategory = Dictionary(grouping: members, by: { costs[$0].category })
            for category in byCategory.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                let group = byCategory[category]!
                guard Set(group.map { chosen[$0].spec.tool }).count > 1 else { continue }
                overlaps.append(overlap(group, chosen, costs, team: team, basis: .category))
                grouped.formUnion(group)
            }
            for first in members where !grouped.contains(first) {
                guard let used = featuresUsed(chosen[first]), !used.isEmpty else { continue }
                for second in members where second != first && chosen[second].spec.tool != chosen[first].spec.tool {
                    guard let tool = catalog.tool(named: chosen[second].spec.tool) else { continue }
                    if used.allSatisfy(Self.features(of: tool, tier: chosen[second].spec.tier).contains) {
                        overlaps.append(overlap([first, second], chosen, costs, team: team, basis: .features))
                        grouped.insert(first)
                        break
                    }
                }
            }
        }
        return overlaps
    }

    private func overlap(_ group: [Int], _ chosen: [Subscription], _ costs: [SubscriptionCost], team: String, basis: Overlap.Basis) -> Overlap {
        var featureCounts: [String: Int] = [:]
        for index in group {
            let tool = catalog.tool(named: chosen[index].spec.tool)
            let features = tool.map { Self.features(of: $0, tier: chosen[index].spec.tier) } ?? []
            for feature in Set(featuresUsed(chosen[index]) ?? []).union(features) where features.contains(feature) {
                featureCounts[feature, default: 0] += 1
            }
        }
        let used = Set(group.flatMap { featuresUsed(chosen[$0]) ?? [] })
        return Overlap(
            team: team.isEmpty ? nil : team, subscriptions: group.map { chosen[$0].name }, tools: group.map { chosen[$0].spec.tool },
            basis: basis, categories: Array(Set(group.map { costs[$0].category })).sorted { $0.rawValue < $1.rawValue },
            sharedFeatures: featureCounts.filter { $0.value > 1 && used.contains($0.key) }.map(\.key).sorted(),
            perYear: group.reduce(0) { $0 + costs[$1].perYear })
    }

    /// Ranks the team's candidates in the overlap's categories and prices the winner for the
    /// overlap's seats over the team's horizon against keeping the subscriptions.
    func consolidate(_ overlap: Overlap, chosen: [Subscription], costs: [SubscriptionCost],
                     rank: (Evaluation) throws(EvaluationError) -> EvaluationReport) throws(EvaluationError) -> Consolidation? {
        guard let teamName = overlap.team, let team = catalog.team(named: teamName) else { return nil }
        let report = try rank(Evaluation.adHoc(team: teamName, categories: overlap.categories,
                                               name: "\(teamName)-consolidation", title: "Consolidation"))
        guard let winner = report.ranking.first, let tool = catalog.tool(named: winner.tool) else { return nil }
        let members = chosen.filter { overlap.subscriptions.contains($0.name) }
        let lines = costs.filter { overlap.subscriptions.contains($0.subscription) }
        // Both sides at the seats in use where usage says, so that dropping unused seats (its own
        // saving) is not counted again here.
        let seats = lines.reduce(0) { $0 + ($1.activeSeats ?? $1.seats) }
        var sized = team.spec
        sized.seats = seats
        sized.growth = nil
        let ownership = OwnershipCost.compute(tool: tool, team: sized, rates: rates)
        guard let chosenTier = ownership.chosen, let total = chosenTier.total else { return nil }
        let factor = rates.factor(from: ownership.currency, to: currency)
        let tierFee = tool.spec.pricing.tiers.first { $0.name == chosenTier.tier }?.onboardingFee ?? 0
        let alreadyHas = members.contains { $0.spec.tool == winner.tool }
        let feeIncluded = tierFee * rates.factor(from: tool.spec.pricing.currency, to: currency)
        let onboardingFee = alreadyHas ? 0 : feeIncluded
        let migration = members.filter { $0.spec.tool != winner.tool }.reduce(0.0) { sum, member in
            sum + (member.spec.migrationCost ?? 0) * rates.factor(from: member.spec.currency, to: currency)
        }
        let horizon = team.spec.horizon
        let replacement = total.midpoint * factor - (alreadyHas ? feeIncluded : 0) + migration
        let stayingPut = lines.reduce(0) { $0 + $1.perSeatPerYear * Double($1.activeSeats ?? $1.seats) } * Double(horizon)
        return Consolidation(
            team: teamName, subscriptions: overlap.subscriptions, candidates: report.ranking.count,
            recommended: winner.tool, recommendedTitle: winner.title, tier: chosenTier.tier, seats: seats,
            horizonYears: horizon, replacementCost: replacement, onboardingFee: onboardingFee, migrationCost: migration,
            stayingPutCost: stayingPut)
    }

    private func totals(_ amounts: [(String, Double)]) -> [Spend] {
        var sums: [String: Double] = [:]
        for (name, amount) in amounts { sums[name, default: 0] += amount }
        return sums.map { Spend(name: $0.key, value: $0.value) }.sorted { ($1.value, $0.name) < ($0.value, $1.name) }
    }
}
