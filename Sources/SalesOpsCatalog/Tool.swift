import SalesOpsBasics
import SalesOpsYAML

/// A candidate sales tool: `kind: Tool`.
public typealias Tool = Descriptor<ToolSpec>

public struct ToolSpec: Codable, Sendable, YAMLValidating {
    public var category: ToolCategory
    public var vendor: String
    public var website: String?
    public var pricing: Pricing
    /// Features every tier has, in addition to each tier's own.
    public var features: [String]?
    /// Systems it connects to natively: tool names in the catalog or well-known ids (`slack`, `zapier`).
    public var integrations: [String]?
    public var compliance: [ComplianceStandard]?
    public var dataResidency: [Region]?
    public var adoption: Adoption?
    public var limits: Limits?
    public var ratings: [Rating]?
    /// A team's own numbers about this tool (a pilot's score, a security review grade), read by the `attribute` criterion.
    public var attributes: [String: Double]?

    public func validationProblems() -> [YAMLValidationProblem] {
        pricing.tiers.isEmpty ? [YAMLValidationProblem(key: "pricing", "a tool needs at least one pricing tier")] : []
    }
}

public struct Pricing: Codable, Sendable {
    public var currency: Currency
    /// The day the prices were read.
    public var asOf: CalendarDate
    /// Where they were read (a URL or a document).
    public var source: String
    public var tiers: [PricingTier]
    public var notes: String?
}

public struct PricingTier: Codable, Sendable, YAMLValidating {
    public var name: String
    /// Price per seat per month, by billing period.
    public var pricePerSeat: BillingPrices?
    /// Price per account per month, for tools priced by account or contacts rather than seats.
    public var pricePerAccount: BillingPrices?
    /// `false` for quote-only tiers; then `range` gives what is known of the per-seat monthly price.
    public var published: Bool?
    public var range: PriceRange?
    public var minSeats: Int?
    public var maxSeats: Int?
    public var platformFeePerYear: Double?
    public var onboardingFee: Double?
    public var features: [String]?

    public var isPublished: Bool { published ?? true }

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if isPublished, pricePerSeat == nil, pricePerAccount == nil {
            problems.append(YAMLValidationProblem(
                "a published tier needs `pricePerSeat` or `pricePerAccount`; for a quote-only tier set `published: false` (and a `range` if known)"))
        }
        if !isPublished, pricePerSeat != nil || pricePerAccount != nil {
            problems.append(YAMLValidationProblem(
                key: "published", "an unpublished tier has no list price; give its known range as `range` instead"))
        }
        if let range, range.low > range.high {
            problems.append(YAMLValidationProblem(key: "range", "`low` (\(range.low)) is above `high` (\(range.high))"))
        }
        if let minSeats, let maxSeats, minSeats > maxSeats {
            problems.append(YAMLValidationProblem(key: "minSeats", "`minSeats` (\(minSeats)) is above `maxSeats` (\(maxSeats))"))
        }
        return problems
    }
}

/// A monthly price by billing period; either may be unknown.
public struct BillingPrices: Codable, Sendable, Hashable, YAMLValidating {
    /// Per month, billed annually.
    public var annual: Double?
    /// Per month, billed monthly.
    public var monthly: Double?

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if annual == nil, monthly == nil {
            problems.append(YAMLValidationProblem("give `annual`, `monthly` or both"))
        }
        for (key, value) in [("annual", annual), ("monthly", monthly)] {
            if let value, value < 0 {
                problems.append(YAMLValidationProblem(key: key, "a price cannot be negative"))
            }
        }
        return problems
    }
}

public struct PriceRange: Codable, Sendable, Hashable {
    public var low: Double
    public var high: Double
}

public struct Adoption: Codable, Sendable, YAMLValidating {
    /// 1 (anyone can use it on day one) … 5 (needs specialists).
    public var learningCurve: Int
    public var adminHoursPerWeek: Double?
    public var weeksToLive: Double?

    public func validationProblems() -> [YAMLValidationProblem] {
        (1...5).contains(learningCurve) ? [] : [YAMLValidationProblem(key: "learningCurve", "expected 1 to 5, found \(learningCurve)")]
    }
}

public struct Limits: Codable, Sendable {
    public var maxSeats: Int?
    /// API calls a day for the whole account.
    public var apiCallsPerDay: Int?
    /// Further API calls a day for each seat.
    public var apiCallsPerDayPerSeat: Int?
    public var records: Int?
}

/// A review site's score.
public struct Rating: Codable, Sendable, YAMLValidating {
    public var source: String
    public var stars: Double
    public var reviews: Int
    public var asOf: CalendarDate

    public func validationProblems() -> [YAMLValidationProblem] {
        (0...5).contains(stars) ? [] : [YAMLValidationProblem(key: "stars", "expected 0 to 5 stars, found \(stars)")]
    }
}
