import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsEvaluation

/// What the team pays for and uses, on one day, in one currency: spend, seats, renewals,
/// overlaps and savings. Typed facts only; the renderers word them. Its JSON form
/// (`salesops audit --format json`) is described by `schema/audit-report.schema.json`.
package struct StackAudit: Sendable, Encodable {
    package var today: CalendarDate
    /// Every amount is per year in this currency.
    package var currency: Currency
    /// A seat is unused when its user has had no activity for this many days.
    package var unusedAfterDays: Int
    /// Whether seat usage was given (`--usage`); without it, utilisation is unknown.
    package var usageGiven: Bool
    package var subscriptions: [SubscriptionCost]
    /// Highest spend first.
    package var spendByTool: [Spend]
    package var spendByCategory: [Spend]
    package var totalPerYear: Double
    /// Soonest notice deadline first.
    package var renewals: [Renewal]
    package var overlaps: [Overlap]
    /// The evaluator's pick for each overlap of a team, priced against staying put.
    package var consolidations: [Consolidation]
    /// Largest saving per year first; a consolidation is one when it costs less than staying put.
    package var savings: [Saving]
    /// The rates used to convert a subscription's currency into `currency`.
    package var conversions: [Conversion]
    /// Tools in the usage export that no subscription pays for, with their user counts.
    package var unmatchedUsage: [Spend]
}

/// One subscription's cost and seats.
package struct SubscriptionCost: Sendable, Hashable, Encodable {
    package var subscription: String
    package var tool: String
    package var title: String
    package var category: ToolCategory
    package var tier: String
    package var team: String?
    package var owner: String
    package var costCentre: String?
    package var seats: Int
    package var billing: Billing
    /// One seat for a year, in the audit's currency.
    package var perSeatPerYear: Double
    package var perYear: Double
    /// Seats whose user was active within `unusedAfterDays`; nil without usage for this tool.
    package var activeSeats: Int?
    /// Seats bought and not in use (never negative); nil without usage.
    package var unusedSeats: Int?
    package var unusedPerYear: Double?
    /// Active users beyond the seats bought (a true-up risk); 0 when within.
    package var activeBeyondSeats: Int?
}

/// A name (tool, category) and an amount or count.
package struct Spend: Sendable, Hashable, Encodable {
    package var name: String
    package var value: Double
}

/// Two or more subscriptions of one team that cover the same ground.
package struct Overlap: Sendable, Hashable, Encodable {
    package enum Basis: String, Sendable, Hashable, Encodable {
        /// The tools are in the same category.
        case category
        /// Every feature the team uses in one is also in another's tier.
        case features
    }

    package var team: String?
    package var subscriptions: [String]
    package var tools: [String]
    package var basis: Basis
    /// The categories the tools are in.
    package var categories: [ToolCategory]
    /// Features the team uses that more than one of the tools provide.
    package var sharedFeatures: [String]
    package var perYear: Double
}

/// A priced way to spend less, with what it assumes.
package struct Saving: Sendable, Hashable, Encodable {
    package enum Action: Sendable, Hashable, Encodable {
        /// Buy `seats` fewer seats at the next renewal.
        case dropUnusedSeats(subscription: String, seats: Int)
        /// Move to the cheapest tier that still has every feature in use.
        case downgrade(subscription: String, from: String, to: String, featuresKept: [String])
        /// Move the overlapping subscriptions onto one tool.
        case consolidate(Consolidation)

        private enum CodingKeys: String, CodingKey {
            case kind, subscription, seats, from, to, featuresKept, consolidation
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .dropUnusedSeats(subscription, seats):
                try container.encode("dropUnusedSeats", forKey: .kind)
                try container.encode(subscription, forKey: .subscription)
                try container.encode(seats, forKey: .seats)
            case let .downgrade(subscription, from, to, featuresKept):
                try container.encode("downgrade", forKey: .kind)
                try container.encode(subscription, forKey: .subscription)
                try container.encode(from, forKey: .from)
                try container.encode(to, forKey: .to)
                try container.encode(featuresKept, forKey: .featuresKept)
            case let .consolidate(consolidation):
                try container.encode("consolidate", forKey: .kind)
                try container.encode(consolidation, forKey: .consolidation)
            }
        }
    }

    package var action: Action
    package var perYear: Double
    /// The last day to act for the saving to start at the next renewal (the notice deadline).
    package var actBy: CalendarDate?
}

/// The evaluator's pick for an overlap, priced against staying put.
package struct Consolidation: Sendable, Hashable, Encodable {
    package var team: String
    package var subscriptions: [String]
    /// How many catalog tools the evaluation ranked.
    package var candidates: Int
    package var recommended: String
    package var recommendedTitle: String
    package var tier: String
    /// Seats in use on the overlapping subscriptions together (seats bought where no usage was
    /// given): what both sides are priced for.
    package var seats: Int
    package var horizonYears: Int
    /// The replacement over the horizon: its seats, onboarding fee (none when the team already has
    /// the tool) and the migration cost of each subscription it replaces.
    package var replacementCost: Double
    package var onboardingFee: Double
    package var migrationCost: Double
    /// The overlapping subscriptions at their prices for the same seats over the horizon.
    package var stayingPutCost: Double

    /// What consolidating saves a year (negative when it costs more).
    package var savingPerYear: Double { (stayingPutCost - replacementCost) / Double(horizonYears) }
}

/// A rate used: units of the audit's currency per unit of `from`.
package struct Conversion: Sendable, Hashable, Encodable {
    package var from: Currency
    package var to: Currency
    package var rate: Double
}
