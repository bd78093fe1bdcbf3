import SalesOpsPluginHost

/// The criteria salesops ships with, registered like any plugin's.
package enum BuiltInCriteria {
    package static let all: [any BuiltInCriterion] = [
        FeatureCoverageCriterion(), TotalCostCriterion(), BudgetFitCriterion(), IntegrationFitCriterion(),
        AdoptionRiskCriterion(), ComplianceCriterion(), ScalabilityCriterion(), RatingCriterion(), AttributeCriterion(),
    ]

    /// Registers every built-in criterion.
    package static func register(into registry: inout PluginRegistry) throws(PluginRegistryError) {
        for criterion in all {
            try registry.register(criterion: criterion)
        }
    }
}
