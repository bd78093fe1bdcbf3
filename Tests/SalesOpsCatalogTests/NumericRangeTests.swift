import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import Testing

/// Numbers at the edges of their ranges load; the ranges reach the JSON Schema.
@Suite struct NumericRangeTests {
    static let limits = CatalogLoaderTests.fixtures.appendingPathComponent("ranges/limits.yaml").path

    @Test func valuesAtTheLimitsLoad() throws {
        let result = CatalogLoader().load(files: [Self.limits])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let team = try #require(result.catalog.team(named: "largest-team")).spec
        // 1,000,000 seats growing 200 % a year for ten years: 3^9 million, no overflow.
        #expect(team.seats(inYear: 10) == 19_683_000_000)
        let tier = try #require(result.catalog.tool(named: "edge-crm")).spec.pricing.tiers[0]
        // -0 reads as 0, so it never prints as "-0".
        #expect(tier.pricePerSeat?.annual?.sign == .plus)
        #expect(tier.onboardingFee == 0)
    }

    @Test func schemaCarriesTheRanges() throws {
        let team = try #require(CatalogKinds.standard.kind(named: "Team")).schema()
        #expect(team["$defs"]?["TeamSpec"]?["properties"]?["seats"] == ["type": "integer", "minimum": 1, "maximum": 1_000_000])
        #expect(team["$defs"]?["Growth"]?["properties"]?["ratePerYear"] == ["type": "number", "exclusiveMinimum": -1, "maximum": 2])
        #expect(team["$defs"]?["Growth"]?["properties"]?["seatsByYear"]?["items"] == ["type": "integer", "minimum": 1, "maximum": 1_000_000])
        let tool = try #require(CatalogKinds.standard.kind(named: "Tool")).schema()
        #expect(tool["$defs"]?["ToolSpec"]?["properties"]?["attributes"]?["additionalProperties"]
            == ["type": "number", "minimum": -1_000_000_000_000, "maximum": 1_000_000_000_000])
        #expect(tool["$defs"]?["Pricing"]?["properties"]?["asOf"]?["pattern"] == "^(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$")
    }
}
