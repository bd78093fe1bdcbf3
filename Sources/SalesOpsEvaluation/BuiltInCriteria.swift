import SalesOpsPlugins

/// The criteria salesops ships with, registered like any plugin's.
public enum BuiltInCriteria {
    public static let all: [any BuiltInCriterion] = [
        FeatureCoverageCriterion(), TotalCostCriterion(), BudgetFitCriterion(), IntegrationFitCriterion(),
        AdoptionRiskCriterion(), ComplianceCriterion(), ScalabilityCriterion(), RatingCriterion(), AttributeCriterion(),
    ]

    /// Registers every built-in criterion.
    public static func register(into registry: inout PluginRegistry) throws(PluginRegistryError) {
        for criterion in all {
            try registry.register(criterion: criterion)
        }
    }
}
