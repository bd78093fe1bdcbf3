import SalesOpsBasics
import SalesOpsCatalog

/// Tools side by side for one team: what each tier costs at the team's size, which must-haves
/// and nice-to-haves each covers, how it fits the stack, compliance and residency.
package struct ToolComparison: Sendable, Encodable {
    package var team: String
    package var seatsByYear: [Int]
    package var tools: [Entry]

    package struct Entry: Sendable, Encodable {
        package var tool: String
        package var title: String
        package var category: ToolCategory
        package var vendor: String
        package var pricesAsOf: CalendarDate
        package var pricesSource: String
        package var cost: OwnershipCost
        /// Reasons this tool would be knocked out for the team (empty when it fits).
        package var knockouts: [ExclusionReason]
        package var integratesWithStack: [String]
        package var compliance: [ComplianceStandard]
        package var dataResidency: [Region]
        package var adoption: Adoption?
        package var limits: Limits?
    }

    package init(tools: [Tool], team: Team, rates: ExchangeRates = .standard) {
        let spec = team.spec
        self.team = team.name
        self.seatsByYear = (1...spec.horizon).map { spec.seats(inYear: $0) }
        self.tools = tools.map { tool in
            let cost = OwnershipCost.compute(tool: tool, team: spec, rates: rates)
            let integrations = Set(tool.spec.integrations ?? []).union([tool.name])
            return Entry(
                tool: tool.name, title: tool.title, category: tool.spec.category, vendor: tool.spec.vendor,
                pricesAsOf: tool.spec.pricing.asOf, pricesSource: tool.spec.pricing.source, cost: cost,
                knockouts: Knockouts.reasons(tool: tool, cost: cost, team: spec),
                integratesWithStack: (spec.currentStack ?? []).filter(integrations.contains),
                compliance: tool.spec.compliance ?? [], dataResidency: tool.spec.dataResidency ?? [],
                adoption: tool.spec.adoption, limits: tool.spec.limits)
        }
    }
}
