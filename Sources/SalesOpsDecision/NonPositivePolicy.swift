/// What to do when a criterion's values break a ``ValueRequirement`` (zeros or negatives where
/// positive values are needed).
package enum NonPositivePolicy: Sendable, Hashable {
    /// Refuse: the call throws ``DecisionError/nonPositiveValue(alternative:criterion:value:requiredBy:)``
    /// or ``DecisionError/negativeValue(alternative:criterion:value:requiredBy:)`` naming the first
    /// offending alternative and criterion. The default, because any shift changes ratios between values.
    case reject
    /// Shift every offending criterion by a constant so that its smallest value becomes `minimum`
    /// (`x ↦ x − min + minimum`, `minimum > 0`). Criteria that meet the requirement are untouched.
    /// The shift keeps the order and the differences between values but not their ratios, so
    /// ratio-based normalisations (sum, max, vector) and WPM read the shifted data differently from
    /// the raw data; results report the shift applied to each criterion.
    case shift(minimum: Double)

    /// Shift offending criteria so that their smallest value becomes 1.
    package static let shiftToOne = NonPositivePolicy.shift(minimum: 1)
}

/// The policy by name, as catalogs, options and reports write it: `error` (``reject``) or
/// `shift` (``shiftToOne``).
extension NonPositivePolicy: RawRepresentable, CaseIterable, Codable {
    package static let allCases: [NonPositivePolicy] = [.reject, .shiftToOne]

    package init?(rawValue: String) {
        switch rawValue {
        case "error": self = .reject
        case "shift": self = .shiftToOne
        default: return nil
        }
    }

    package var rawValue: String {
        switch self {
        case .reject: return "error"
        case .shift: return "shift"
        }
    }
}
