import SalesOpsBasics
import SalesOpsCatalog

/// Tools side by side for one team: what each tier costs at the team's size, which must-haves
/// and nice-to-haves each covers, how it fits the stack, compliance and residency.
public struct ToolComparison: Sendable, Encodable {
    public var team: String
    public var seatsByYear: [Int]
    public var tools: [Entry]

    public struct Entry: Sendable, Encodable {
        public var tool: String
        public var title: String
        public var category: ToolCategory
        public var vendor: String
        public var pricesAsOf: CalendarDate
        public var pricesSource: String
        public var cost: OwnershipCost
        /// Reasons this tool would be knocked out for the team (empty when it fits).
        public var knockouts: [ExclusionReason]
        public var integratesWithStack: [String]
        public var compliance: [ComplianceStandard]
        public var dataResidency: [Region]
        public var adoption: Adoption?
        public var limits: Limits?
    }

    public init(tools: [Tool], team: Team, rates: ExchangeRates = .standard) {
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
