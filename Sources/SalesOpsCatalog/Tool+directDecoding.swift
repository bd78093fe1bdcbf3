import SalesOpsBasics
import SalesOpsYAML

// Tools are most of a large catalog, so they are read straight from the node tree when clean
// (`YAMLDirectDecodable`); a document with any problem is decoded again by `YAMLDecoder`, which
// reports it.

extension ToolSpec: YAMLDirectDecodable {
    private static let keys = ["category", "vendor", "website", "pricing", "features", "integrations", "compliance",
                               "dataResidency", "adoption", "limits", "ratings", "attributes"]

    package static func decodeDirectly(_ node: YAMLNode) -> ToolSpec? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let category = fields.required("category", { YAMLDirect.enumeration($0, as: ToolCategory.self) }),
              let vendor = fields.required("vendor", YAMLDirect.text),
              let website = fields.optional("website", YAMLDirect.text),
              let pricing = fields.required("pricing", Pricing.decodeDirectly),
              let features = fields.optional("features", texts),
              let integrations = fields.optional("integrations", texts),
              let compliance = fields.optional("compliance", { YAMLDirect.list($0, { YAMLDirect.enumeration($0, as: ComplianceStandard.self) }) }),
              let dataResidency = fields.optional("dataResidency", { YAMLDirect.list($0, { YAMLDirect.enumeration($0, as: Region.self) }) }),
              let adoption = fields.optional("adoption", Adoption.decodeDirectly),
              let limits = fields.optional("limits", Limits.decodeDirectly),
              let ratings = fields.optional("ratings", { YAMLDirect.list($0, Rating.decodeDirectly) }),
              let attributes = fields.optional("attributes", { YAMLDirect.numberMap($0, in: numericRanges["attributes"]) })
        else { return nil }
        return YAMLDirect.checked(ToolSpec(
            category: category, vendor: vendor, website: website, pricing: pricing, features: features, integrations: integrations,
            compliance: compliance, dataResidency: dataResidency, adoption: adoption, limits: limits, ratings: ratings,
            attributes: attributes))
    }
}

extension Pricing: YAMLDirectDecodable {
    private static let keys = ["currency", "asOf", "source", "tiers", "notes"]

    package static func decodeDirectly(_ node: YAMLNode) -> Pricing? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let currency = fields.required("currency", { YAMLDirect.enumeration($0, as: Currency.self) }),
              let asOf = fields.required("asOf", YAMLDirect.date),
              let source = fields.required("source", YAMLDirect.text),
              let tiers = fields.required("tiers", { YAMLDirect.list($0, PricingTier.decodeDirectly) }),
              let notes = fields.optional("notes", YAMLDirect.text) else { return nil }
        return Pricing(currency: currency, asOf: asOf, source: source, tiers: tiers, notes: notes)
    }
}

extension PricingTier: YAMLDirectDecodable {
    private static let keys = ["name", "pricePerSeat", "pricePerAccount", "published", "range", "minSeats", "maxSeats",
                               "platformFeePerYear", "onboardingFee", "features"]

    package static func decodeDirectly(_ node: YAMLNode) -> PricingTier? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let name = fields.required("name", YAMLDirect.text),
              let pricePerSeat = fields.optional("pricePerSeat", BillingPrices.decodeDirectly),
              let pricePerAccount = fields.optional("pricePerAccount", BillingPrices.decodeDirectly),
              let published = fields.optional("published", YAMLDirect.bool),
              let range = fields.optional("range", PriceRange.decodeDirectly),
              let minSeats = fields.optional("minSeats", { YAMLDirect.integer($0, in: numericRanges["minSeats"]) }),
              let maxSeats = fields.optional("maxSeats", { YAMLDirect.integer($0, in: numericRanges["maxSeats"]) }),
              let platformFeePerYear = fields.optional("platformFeePerYear", { YAMLDirect.number($0, in: numericRanges["platformFeePerYear"]) }),
              let onboardingFee = fields.optional("onboardingFee", { YAMLDirect.number($0, in: numericRanges["onboardingFee"]) }),
              let features = fields.optional("features", texts) else { return nil }
        return YAMLDirect.checked(PricingTier(
            name: name, pricePerSeat: pricePerSeat, pricePerAccount: pricePerAccount, published: published, range: range,
            minSeats: minSeats, maxSeats: maxSeats, platformFeePerYear: platformFeePerYear, onboardingFee: onboardingFee,
            features: features))
    }
}

extension BillingPrices: YAMLDirectDecodable {
    private static let keys = ["annual", "monthly"]

    package static func decodeDirectly(_ node: YAMLNode) -> BillingPrices? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let annual = fields.optional("annual", { YAMLDirect.number($0, in: numericRanges["annual"]) }),
              let monthly = fields.optional("monthly", { YAMLDirect.number($0, in: numericRanges["monthly"]) }) else { return nil }
        return YAMLDirect.checked(BillingPrices(annual: annual, monthly: monthly))
    }
}

extension PriceRange: YAMLDirectDecodable {
    private static let keys = ["low", "high"]

    package static func decodeDirectly(_ node: YAMLNode) -> PriceRange? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let low = fields.required("low", { YAMLDirect.number($0, in: numericRanges["low"]) }),
              let high = fields.required("high", { YAMLDirect.number($0, in: numericRanges["high"]) }) else { return nil }
        return PriceRange(low: low, high: high)
    }
}

extension Adoption: YAMLDirectDecodable {
    private static let keys = ["learningCurve", "adminHoursPerWeek", "weeksToLive"]

    package static func decodeDirectly(_ node: YAMLNode) -> Adoption? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let learningCurve = fields.required("learningCurve", { YAMLDirect.integer($0, in: numericRanges["learningCurve"]) }),
              let adminHoursPerWeek = fields.optional("adminHoursPerWeek", { YAMLDirect.number($0, in: numericRanges["adminHoursPerWeek"]) }),
              let weeksToLive = fields.optional("weeksToLive", { YAMLDirect.number($0, in: numericRanges["weeksToLive"]) }) else { return nil }
        return Adoption(learningCurve: learningCurve, adminHoursPerWeek: adminHoursPerWeek, weeksToLive: weeksToLive)
    }
}

extension Limits: YAMLDirectDecodable {
    private static let keys = ["maxSeats", "apiCallsPerDay", "apiCallsPerDayPerSeat", "records"]

    package static func decodeDirectly(_ node: YAMLNode) -> Limits? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let maxSeats = fields.optional("maxSeats", { YAMLDirect.integer($0, in: numericRanges["maxSeats"]) }),
              let apiCallsPerDay = fields.optional("apiCallsPerDay", { YAMLDirect.integer($0, in: numericRanges["apiCallsPerDay"]) }),
              let apiCallsPerDayPerSeat = fields.optional("apiCallsPerDayPerSeat", { YAMLDirect.integer($0, in: numericRanges["apiCallsPerDayPerSeat"]) }),
              let records = fields.optional("records", { YAMLDirect.integer($0, in: numericRanges["records"]) }) else { return nil }
        return Limits(maxSeats: maxSeats, apiCallsPerDay: apiCallsPerDay, apiCallsPerDayPerSeat: apiCallsPerDayPerSeat, records: records)
    }
}

extension Rating: YAMLDirectDecodable {
    private static let keys = ["source", "stars", "reviews", "asOf"]

    package static func decodeDirectly(_ node: YAMLNode) -> Rating? {
        guard let fields = YAMLDirect.Fields(node, keys: keys),
              let source = fields.required("source", YAMLDirect.text),
              let stars = fields.required("stars", { YAMLDirect.number($0, in: numericRanges["stars"]) }),
              let reviews = fields.required("reviews", { YAMLDirect.integer($0, in: numericRanges["reviews"]) }),
              let asOf = fields.required("asOf", YAMLDirect.date) else { return nil }
        return Rating(source: source, stars: stars, reviews: reviews, asOf: asOf)
    }
}

private func texts(_ node: YAMLNode) -> [String]? {
    YAMLDirect.list(node, YAMLDirect.text)
}
