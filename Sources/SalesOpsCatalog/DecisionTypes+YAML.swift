import SalesOpsDecision
import SalesOpsYAML

// The catalog decodes an evaluation's choices straight into the decision engine's types.
extension DecisionMethod: YAMLEnumeration {}
extension Normalization: YAMLEnumeration {}
extension NonPositivePolicy: YAMLEnumeration {}
extension CriterionType: YAMLEnumeration {}
