import SalesOpsBasics
import SalesOpsYAML

/// A candidate sales tool: `kind: Tool`.
public typealias Tool = Descriptor<ToolSpec>

public struct ToolSpec: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
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

    public static let numericRanges: [String: NumericRange] = [
        "attributes": NumericRange(-1_000_000_000_000...1_000_000_000_000),
    ]

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

public struct PricingTier: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
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

    public static let numericRanges: [String: NumericRange] = [
        "minSeats": NumericRange(1...1_000_000, unit: "seats"),
        "maxSeats": NumericRange(1...1_000_000, unit: "seats"),
        "platformFeePerYear": NumericRange(0...100_000_000),
        "onboardingFee": NumericRange(0...100_000_000),
    ]

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
public struct BillingPrices: Codable, Sendable, Hashable, YAMLValidating, YAMLNumericRanges {
    /// Per month, billed annually.
    public var annual: Double?
    /// Per month, billed monthly.
    public var monthly: Double?

    public static let numericRanges: [String: NumericRange] = [
        "annual": NumericRange(0...1_000_000),
        "monthly": NumericRange(0...1_000_000),
    ]

    public func validationProblems() -> [YAMLValidationProblem] {
        annual == nil && monthly == nil ? [YAMLValidationProblem("give `annual`, `monthly` or both")] : []
    }
}

public struct PriceRange: Codable, Sendable, Hashable, YAMLNumericRanges {
    public var low: Double
    public var high: Double

    public static let numericRanges: [String: NumericRange] = [
        "low": NumericRange(0...1_000_000),
        "high": NumericRange(0...1_000_000),
    ]
}

public struct Adoption: Codable, Sendable, YAMLNumericRanges {
    /// 1 (anyone can use it on day one) … 5 (needs specialists).
    public var learningCurve: Int
    public var adminHoursPerWeek: Double?
    public var weeksToLive: Double?

    public static let numericRanges: [String: NumericRange] = [
        "learningCurve": NumericRange(1...5),
        "adminHoursPerWeek": NumericRange(0...168, unit: "hours"),
        "weeksToLive": NumericRange(0...520, unit: "weeks"),
    ]
}

public struct Limits: Codable, Sendable, YAMLNumericRanges {
    public var maxSeats: Int?
    /// API calls a day for the whole account.
    public var apiCallsPerDay: Int?
    /// Further API calls a day for each seat.
    public var apiCallsPerDayPerSeat: Int?
    public var records: Int?

    public static let numericRanges: [String: NumericRange] = [
        "maxSeats": NumericRange(1...10_000_000, unit: "seats"),
        "apiCallsPerDay": NumericRange(0...1_000_000_000_000),
        "apiCallsPerDayPerSeat": NumericRange(0...1_000_000_000),
        "records": NumericRange(0...1_000_000_000_000),
    ]
}

/// A review site's score.
public struct Rating: Codable, Sendable, YAMLNumericRanges {
    public var source: String
    public var stars: Double
    public var reviews: Int
    public var asOf: CalendarDate

    public static let numericRanges: [String: NumericRange] = [
        "stars": NumericRange(0...5, unit: "stars"),
        "reviews": NumericRange(0...100_000_000, unit: "reviews"),
    ]
}
