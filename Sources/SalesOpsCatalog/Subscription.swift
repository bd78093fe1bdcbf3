import SalesOpsBasics
import SalesOpsYAML

/// A tool the team already pays for: `kind: Subscription`.
package typealias Subscription = Descriptor<SubscriptionSpec>

package struct SubscriptionSpec: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
    /// The catalog Tool subscribed to.
    package var tool: String
    /// One of the tool's pricing tiers.
    package var tier: String
    /// Seats bought.
    package var seats: Int
    /// What is paid per seat per month, as in Tool pricing: `annual` when billed annually,
    /// `monthly` when billed monthly (exactly one).
    package var pricePerSeat: BillingPrices
    package var currency: Currency
    package var term: SubscriptionTerm
    /// Who owns the contract (a person's id or name).
    package var owner: String
    package var costCentre: String?
    /// The Team whose stack it is; overlaps and consolidation are judged per team.
    package var team: String?
    /// Features the team relies on; default: the team's must-haves and nice-to-haves that the tier covers.
    package var featuresUsed: [String]?
    /// One-off cost, in `currency`, of moving this subscription's users and data to another tool.
    package var migrationCost: Double?

    package static let numericRanges: [String: NumericRange] = [
        "seats": NumericRange(1...1_000_000, unit: "seats"),
        "migrationCost": NumericRange(0...100_000_000),
    ]

    package init(tool: String, tier: String, seats: Int, pricePerSeat: BillingPrices, currency: Currency, term: SubscriptionTerm,
                owner: String, costCentre: String? = nil, team: String? = nil, featuresUsed: [String]? = nil, migrationCost: Double? = nil) {
        self.tool = tool
        self.tier = tier
        self.seats = seats
        self.pricePerSeat = pricePerSeat
        self.currency = currency
        self.term = term
        self.owner = owner
        self.costCentre = costCentre
        self.team = team
        self.featuresUsed = featuresUsed
        self.migrationCost = migrationCost
    }

    /// How the subscription is billed: by which price is given.
    package var billing: Billing { pricePerSeat.annual != nil ? .annual : .monthly }

    /// The price per seat per month that is paid.
    package var monthlySeatPrice: Double { pricePerSeat.annual ?? pricePerSeat.monthly ?? 0 }

    package func validationProblems() -> [YAMLValidationProblem] {
        pricePerSeat.annual != nil && pricePerSeat.monthly != nil
            ? [YAMLValidationProblem(key: "pricePerSeat", "give the price paid: `annual` (billed annually) or `monthly` (billed monthly), not both")]
            : []
    }
}

/// The contract's current term and how it renews.
package struct SubscriptionTerm: Codable, Sendable, Hashable, YAMLValidating, YAMLNumericRanges {
    /// The first day of the current term.
    package var start: CalendarDate
    /// The last day of the current term.
    package var end: CalendarDate
    /// Whether the contract renews for another term of the same length unless notice is given.
    package var autoRenew: Bool
    /// Days before the term's last day by which notice must be given (0: up to the last day).
    package var noticeDays: Int?

    package static let numericRanges: [String: NumericRange] = [
        "noticeDays": NumericRange(0...3_650, unit: "days"),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
        end < start ? [YAMLValidationProblem(key: "end", "the term ends (\(end)) before it starts (\(start)); `end` is the term's last day")] : []
    }
}
