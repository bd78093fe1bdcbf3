import SalesOpsBasics
import SalesOpsYAML

/// A candidate sales tool: `kind: Tool`.
package typealias Tool = Descriptor<ToolSpec>

package struct ToolSpec: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
    package var category: ToolCategory
    package var vendor: String
    package var website: String?
    package var pricing: Pricing
    /// Features every tier has, in addition to each tier's own.
    package var features: [String]?
    /// Systems it connects to natively: tool names in the catalog or well-known ids (`slack`, `zapier`).
    package var integrations: [String]?
    package var compliance: [ComplianceStandard]?
    package var dataResidency: [Region]?
    package var adoption: Adoption?
    package var limits: Limits?
    package var ratings: [Rating]?
    /// A team's own numbers about this tool (a pilot's score, a security review grade), read by the `attribute` criterion.
    package var attributes: [String: Double]?

    package static let numericRanges: [String: NumericRange] = [
        "attributes": NumericRange(-1_000_000_000_000...1_000_000_000_000),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
        pricing.tiers.isEmpty ? [YAMLValidationProblem(key: "pricing", "a tool needs at least one pricing tier")] : []
    }
}

package struct Pricing: Codable, Sendable {
    package var currency: Currency
    /// The day the prices were read.
    package var asOf: CalendarDate
    /// Where they were read (a URL or a document).
    package var source: String
    package var tiers: [PricingTier]
    package var notes: String?
}

package struct PricingTier: Codable, Sendable, YAMLValidating, YAMLNumericRanges {
    package var name: String
    /// Price per seat per month, by billing period.
    package var pricePerSeat: BillingPrices?
    /// Price per account per month, for tools priced by account or contacts rather than seats.
    package var pricePerAccount: BillingPrices?
    /// `false` for quote-only tiers; then `range` gives what is known of the per-seat monthly price.
    package var published: Bool?
    package var range: PriceRange?
    package var minSeats: Int?
    package var maxSeats: Int?
    package var platformFeePerYear: Double?
    package var onboardingFee: Double?
    package var features: [String]?

    package var isPublished: Bool { published ?? true }

    package static let numericRanges: [String: NumericRange] = [
        "minSeats": NumericRange(1...1_000_000, unit: "seats"),
        "maxSeats": NumericRange(1...1_000_000, unit: "seats"),
        "platformFeePerYear": NumericRange(0...100_000_000),
        "onboardingFee": NumericRange(0...100_000_000),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
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
package struct BillingPrices: Codable, Sendable, Hashable, YAMLValidating, YAMLNumericRanges {
    /// Per month, billed annually.
    package var annual: Double?
    /// Per month, billed monthly.
    package var monthly: Double?

    package static let numericRanges: [String: NumericRange] = [
        "annual": NumericRange(0...1_000_000),
        "monthly": NumericRange(0...1_000_000),
    ]

    package func validationProblems() -> [YAMLValidationProblem] {
        annual == nil && monthly == nil ? [YAMLValidationProblem("give `annual`, `monthly` or both")] : []
    }
}

package struct PriceRange: Codable, Sendable, Hashable, YAMLNumericRanges {
    package var low: Double
    package var high: Double

    package static let numericRanges: [String: NumericRange] = [
        "low": NumericRange(0...1_000_000),
        "high": NumericRange(0...1_000_000),
    ]
}

package struct Adoption: Codable, Sendable, YAMLNumericRanges {
    /// 1 (anyone can use it on day one) … 5 (needs specialists).
    package var learningCurve: Int
    package var adminHoursPerWeek: Double?
    package var weeksToLive: Double?

    package static let numericRanges: [String: NumericRange] = [
        "learningCurve": NumericRange(1...5),
        "adminHoursPerWeek": NumericRange(0...168, unit: "hours"),
        "weeksToLive": NumericRange(0...520, unit: "weeks"),
    ]
}

package struct Limits: Codable, Sendable, YAMLNumericRanges {
    package var maxSeats: Int?
    /// API calls a day for the whole account.
    package var apiCallsPerDay: Int?
    /// Further API calls a day for each seat.
    package var apiCallsPerDayPerSeat: Int?
    package var records: Int?

    package static let numericRanges: [String: NumericRange] = [
        "maxSeats": NumericRange(1...10_000_000, unit: "seats"),
        "apiCallsPerDay": NumericRange(0...1_000_000_000_000),
        "apiCallsPerDayPerSeat": NumericRange(0...1_000_000_000),
        "records": NumericRange(0...1_000_000_000_000),
    ]
}

/// A review site's score.
package struct Rating: Codable, Sendable, YAMLNumericRanges {
    package var source: String
    package var stars: Double
    package var reviews: Int
    package var asOf: CalendarDate

    package static let numericRanges: [String: NumericRange] = [
        "stars": NumericRange(0...5, unit: "stars"),
        "reviews": NumericRange(0...100_000_000, unit: "reviews"),
    ]
}
