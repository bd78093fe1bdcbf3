import SalesOpsBasics
import SalesOpsYAML

// Tools are most of a large catalog, so they are read straight from the node tree when clean
// (`YAMLDirectDecodable`); a document with any problem is decoded again by `YAMLDecoder`, which
// reports it.

extension ToolSpec: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> ToolSpec? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var category: ToolCategory?, vendor: String?, website: String?, pricing: Pricing?, features: [String]?
        var integrations: [String]?, compliance: [ComplianceStandard]?, dataResidency: [Region]?, adoption: Adoption?
        var limits: Limits?, ratings: [Rating]?, attributes: [String: Double]?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "category"?:
                guard seen.first(0), let read = YAMLDirect.enumeration(value, as: ToolCategory.self) else { return nil }
                category = read
            case "vendor"?:
                guard seen.first(1), let read = YAMLDirect.text(value) else { return nil }
                vendor = read
            case "website"?:
                guard seen.first(2), let read = YAMLDirect.optional(value, YAMLDirect.text) else { return nil }
                website = read
            case "pricing"?:
                guard seen.first(3), let read = Pricing.decodeDirectly(value) else { return nil }
                pricing = read
            case "features"?:
                guard seen.first(4), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, YAMLDirect.text) }) else { return nil }
                features = read
            case "integrations"?:
                guard seen.first(5), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, YAMLDirect.text) }) else { return nil }
                integrations = read
            case "compliance"?:
                guard seen.first(6), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, { YAMLDirect.enumeration($0, as: ComplianceStandard.self) }) })
                else { return nil }
                compliance = read
            case "dataResidency"?:
                guard seen.first(7), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, { YAMLDirect.enumeration($0, as: Region.self) }) })
                else { return nil }
                dataResidency = read
            case "adoption"?:
                guard seen.first(8), let read = YAMLDirect.optional(value, Adoption.decodeDirectly) else { return nil }
                adoption = read
            case "limits"?:
                guard seen.first(9), let read = YAMLDirect.optional(value, Limits.decodeDirectly) else { return nil }
                limits = read
            case "ratings"?:
                guard seen.first(10), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, Rating.decodeDirectly) }) else { return nil }
                ratings = read
            case "attributes"?:
                guard seen.first(11),
                      let read = YAMLDirect.optional(value, { YAMLDirect.numberMap($0, in: numericRanges["attributes"]) }) else { return nil }
                attributes = read
            default:
                return nil
            }
        }
        guard let category, let vendor, let pricing else { return nil }
        return YAMLDirect.checked(ToolSpec(
            category: category, vendor: vendor, website: website, pricing: pricing, features: features, integrations: integrations,
            compliance: compliance, dataResidency: dataResidency, adoption: adoption, limits: limits, ratings: ratings,
            attributes: attributes))
    }
}

extension Pricing: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Pricing? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var currency: Currency?, asOf: CalendarDate?, source: String?, tiers: [PricingTier]?, notes: String?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "currency"?:
                guard seen.first(0), let read = YAMLDirect.enumeration(value, as: Currency.self) else { return nil }
                currency = read
            case "asOf"?:
                guard seen.first(1), let read = YAMLDirect.date(value) else { return nil }
                asOf = read
            case "source"?:
                guard seen.first(2), let read = YAMLDirect.text(value) else { return nil }
                source = read
            case "tiers"?:
                guard seen.first(3), let read = YAMLDirect.list(value, PricingTier.decodeDirectly) else { return nil }
                tiers = read
            case "notes"?:
                guard seen.first(4), let read = YAMLDirect.optional(value, YAMLDirect.text) else { return nil }
                notes = read
            default:
                return nil
            }
        }
        guard let currency, let asOf, let source, let tiers else { return nil }
        return Pricing(currency: currency, asOf: asOf, source: source, tiers: tiers, notes: notes)
    }
}

extension PricingTier: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> PricingTier? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var name: String?, pricePerSeat: BillingPrices?, pricePerAccount: BillingPrices?, published: Bool?, range: PriceRange?
        var minSeats: Int?, maxSeats: Int?, platformFeePerYear: Double?, onboardingFee: Double?, features: [String]?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "name"?:
                guard seen.first(0), let read = YAMLDirect.text(value) else { return nil }
                name = read
            case "pricePerSeat"?:
                guard seen.first(1), let read = YAMLDirect.optional(value, BillingPrices.decodeDirectly) else { return nil }
                pricePerSeat = read
            case "pricePerAccount"?:
                guard seen.first(2), let read = YAMLDirect.optional(value, BillingPrices.decodeDirectly) else { return nil }
                pricePerAccount = read
            case "published"?:
                guard seen.first(3), let read = YAMLDirect.optional(value, YAMLDirect.bool) else { return nil }
                published = read
            case "range"?:
                guard seen.first(4), let read = YAMLDirect.optional(value, PriceRange.decodeDirectly) else { return nil }
                range = read
            case "minSeats"?:
                guard seen.first(5), let read = YAMLDirect.optional(value, { YAMLDirect.integer($0, in: numericRanges["minSeats"]) })
                else { return nil }
                minSeats = read
            case "maxSeats"?:
                guard seen.first(6), let read = YAMLDirect.optional(value, { YAMLDirect.integer($0, in: numericRanges["maxSeats"]) })
                else { return nil }
                maxSeats = read
            case "platformFeePerYear"?:
                guard seen.first(7),
                      let read = YAMLDirect.optional(value, { YAMLDirect.number($0, in: numericRanges["platformFeePerYear"]) }) else { return nil }
                platformFeePerYear = read
            case "onboardingFee"?:
                guard seen.first(8), let read = YAMLDirect.optional(value, { YAMLDirect.number($0, in: numericRanges["onboardingFee"]) })
                else { return nil }
                onboardingFee = read
            case "features"?:
                guard seen.first(9), let read = YAMLDirect.optional(value, { YAMLDirect.list($0, YAMLDirect.text) }) else { return nil }
                features = read
            default:
                return nil
            }
        }
        guard let name else { return nil }
        return YAMLDirect.checked(PricingTier(
            name: name, pricePerSeat: pricePerSeat, pricePerAccount: pricePerAccount, published: published, range: range,
            minSeats: minSeats, maxSeats: maxSeats, platformFeePerYear: platformFeePerYear, onboardingFee: onboardingFee,
            features: features))
    }
}

extension BillingPrices: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> BillingPrices? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var annual: Double?, monthly: Double?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "annual"?:
                guard seen.first(0), let read = YAMLDirect.optional(value, { YAMLDirect.number($0, in: numericRanges["annual"]) })
                else { return nil }
                annual = read
            case "monthly"?:
                guard seen.first(1), let read = YAMLDirect.optional(value, { YAMLDirect.number($0, in: numericRanges["monthly"]) })
                else { return nil }
                monthly = read
            default:
                return nil
            }
        }
        return YAMLDirect.checked(BillingPrices(annual: annual, monthly: monthly))
    }
}

extension PriceRange: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> PriceRange? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var low: Double?, high: Double?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "low"?:
                guard seen.first(0), let read = YAMLDirect.number(value, in: numericRanges["low"]) else { return nil }
                low = read
            case "high"?:
                guard seen.first(1), let read = YAMLDirect.number(value, in: numericRanges["high"]) else { return nil }
                high = read
            default:
                return nil
            }
        }
        guard let low, let high else { return nil }
        return PriceRange(low: low, high: high)
    }
}

extension Adoption: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Adoption? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var learningCurve: Int?, adminHoursPerWeek: Double?, weeksToLive: Double?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "learningCurve"?:
                guard seen.first(0), let read = YAMLDirect.integer(value, in: numericRanges["learningCurve"]) else { return nil }
                learningCurve = read
            case "adminHoursPerWeek"?:
                guard seen.first(1),
                      let read = YAMLDirect.optional(value, { YAMLDirect.number($0, in: numericRanges["adminHoursPerWeek"]) }) else { return nil }
                adminHoursPerWeek = read
            case "weeksToLive"?:
                guard seen.first(2), let read = YAMLDirect.optional(value, { YAMLDirect.number($0, in: numericRanges["weeksToLive"]) })
                else { return nil }
                weeksToLive = read
            default:
                return nil
            }
        }
        guard let learningCurve else { return nil }
        return Adoption(learningCurve: learningCurve, adminHoursPerWeek: adminHoursPerWeek, weeksToLive: weeksToLive)
    }
}

extension Limits: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Limits? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var maxSeats: Int?, apiCallsPerDay: Int?, apiCallsPerDayPerSeat: Int?, records: Int?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "maxSeats"?:
                guard seen.first(0), let read = YAMLDirect.optional(value, { YAMLDirect.integer($0, in: numericRanges["maxSeats"]) })
                else { return nil }
                maxSeats = read
            case "apiCallsPerDay"?:
                guard seen.first(1), let read = YAMLDirect.optional(value, { YAMLDirect.integer($0, in: numericRanges["apiCallsPerDay"]) })
                else { return nil }
                apiCallsPerDay = read
            case "apiCallsPerDayPerSeat"?:
                guard seen.first(2),
                      let read = YAMLDirect.optional(value, { YAMLDirect.integer($0, in: numericRanges["apiCallsPerDayPerSeat"]) }) else { return nil }
                apiCallsPerDayPerSeat = read
            case "records"?:
                guard seen.first(3), let read = YAMLDirect.optional(value, { YAMLDirect.integer($0, in: numericRanges["records"]) })
                else { return nil }
                records = read
            default:
                return nil
            }
        }
        return Limits(maxSeats: maxSeats, apiCallsPerDay: apiCallsPerDay, apiCallsPerDayPerSeat: apiCallsPerDayPerSeat, records: records)
    }
}

extension Rating: YAMLDirectDecodable {
    package static func decodeDirectly(_ node: YAMLNode) -> Rating? {
        guard case .mapping(let pairs) = node.content else { return nil }
        var seen = YAMLDirect.Seen()
        var source: String?, stars: Double?, reviews: Int?, asOf: CalendarDate?
        for pair in pairs {
            let value = pair.value
            switch YAMLDirect.key(pair) {
            case "source"?:
                guard seen.first(0), let read = YAMLDirect.text(value) else { return nil }
                source = read
            case "stars"?:
                guard seen.first(1), let read = YAMLDirect.number(value, in: numericRanges["stars"]) else { return nil }
                stars = read
            case "reviews"?:
                guard seen.first(2), let read = YAMLDirect.integer(value, in: numericRanges["reviews"]) else { return nil }
                reviews = read
            case "asOf"?:
                guard seen.first(3), let read = YAMLDirect.date(value) else { return nil }
                asOf = read
            default:
                return nil
            }
        }
        guard let source, let stars, let reviews, let asOf else { return nil }
        return Rating(source: source, stars: stars, reviews: reviews, asOf: asOf)
    }
}
