import SalesOpsCatalog
@testable import SalesOpsEvaluation
import SalesOpsTestSupport
import Testing

/// Cost of ownership, worked out by hand from the fixture tools (see Fixtures/catalog).
@Suite struct OwnershipCostTests {
    @Test func minimumSeatsFeesAndGrowth() throws {
        let (candidates, _) = try EvaluationFixtures.candidates(["alpha"], team: "small")
        let cost = candidates[0].cost
        // Basic: year 1 bills the 5-seat minimum (10 × 12 × 5) + platform 100 + onboarding 50;
        // year 2 bills 6 seats (10 × 12 × 6) + platform 100.
        let basic = try #require(cost.tiers.first { $0.tier == "Basic" })
        #expect(basic.years == [MoneyRange(exactly: 750), MoneyRange(exactly: 820)])
        #expect(basic.total == MoneyRange(exactly: 1570))
        #expect(basic.missingMustHaves.isEmpty)
        // Plus: 20 × 12 × 3, then 20 × 12 × 6; dearer, so Basic is chosen.
        #expect(cost.tiers.first { $0.tier == "Plus" }?.total == MoneyRange(exactly: 2160))
        #expect(cost.chosen?.tier == "Basic")
        #expect(cost.chosen?.averagePerYear == MoneyRange(exactly: 785))
    }

    @Test func monthlyPriceAndCurrencyConversion() throws {
        let (candidates, _) = try EvaluationFixtures.candidates(["beta"], team: "small")
        let cost = candidates[0].cost
        // 10 EUR × 12 × (3 + 6) seats = 1,080 EUR, at 1.08 USD per EUR.
        let total = try #require(cost.chosen?.total)
        #expect(abs(total.low - 1166.4) < 1e-9)
        #expect(cost.currency == .USD)
        #expect(cost.caveats.contains(.billingFallback(tier: "Only", billing: .annual, used: .monthly)))
        #expect(cost.caveats.contains(.converted(from: .EUR, to: .USD, rate: 1.08)))
    }

    @Test func quoteOnlyTierIsARange() throws {
        let (candidates, _) = try EvaluationFixtures.candidates(["gamma"], team: "small")
        // 30–50 per seat-month × 12 × (3 + 6) seats.
        #expect(candidates[0].cost.chosen?.total == MoneyRange(low: 3240, high: 5400))
        #expect(candidates[0].cost.chosen?.published == false)
    }

    @Test func accountPricing() throws {
        let (candidates, _) = try EvaluationFixtures.candidates(["delta"], team: "small")
        // 100 a month for the account, whatever the seats, over two years.
        #expect(candidates[0].cost.tiers[0].total == MoneyRange(exactly: 2400))
        #expect(candidates[0].cost.chosen == nil, "Solo lacks the must-have pipeline")
    }
}
