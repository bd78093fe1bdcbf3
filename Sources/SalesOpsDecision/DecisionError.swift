/// Everything that can be wrong with a decision problem or a request about it.
///
/// Alternatives and criteria are named by their zero-based index; the caller maps indices to
/// names (tools, criteria ids).
package enum DecisionError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The matrix has no alternatives or no criteria.
    case emptyMatrix(alternatives: Int, criteria: Int)
    /// A row of the matrix has a different length from the first row.
    case raggedMatrix(alternative: Int, expected: Int, found: Int)
    /// The flat storage does not hold `alternatives × criteria` values.
    case storageSize(expected: Int, found: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(alternative: Int, criterion: Int, value: Double)
    /// A value is not strictly positive where the method or normalisation divides by it,
    /// takes its logarithm or raises it to a power.
    case nonPositiveValue(alternative: Int, criterion: Int, value: Double, requiredBy: String)
    /// A value is negative where the normalisation needs non-negative data.
    case negativeValue(alternative: Int, criterion: Int, value: Double, requiredBy: String)
    /// Two inputs that must agree in length do not.
    case countMismatch(what: String, expected: Int, found: Int)
    /// A weight is negative, NaN or infinite.
    case invalidWeight(criterion: Int, value: Double)
    /// Every weight is zero, so there is nothing to normalise.
    case allWeightsZero
    /// A numeric parameter is outside its range.
    case invalidParameter(name: String, value: Double, expected: String)
    /// An entry of an AHP pairwise comparison matrix is unusable.
    case invalidPairwiseComparison(row: Int, column: Int, value: Double, reason: String)
    /// A rank in a rank-order weighting is not a positive integer.
    case invalidRank(criterion: Int, rank: Int)

    package var description: String {
        switch self {
        case let .emptyMatrix(alternatives, criteria):
            return "decision matrix is empty (\(alternatives) alternatives × \(criteria) criteria); "
                + "it needs at least one alternative and one criterion"
        case let .raggedMatrix(alternative, expected, found):
            return "alternative \(alternative) has \(found) values, expected \(expected) (one per criterion)"
        case let .storageSize(expected, found):
            return "matrix storage holds \(found) values, expected \(expected) (alternatives × criteria)"
        case let .nonFiniteValue(alternative, criterion, value):
            return "alternative \(alternative), criterion \(criterion): value \(value) is not a finite number"
        case let .nonPositiveValue(alternative, criterion, value, requiredBy):
            return "alternative \(alternative), criterion \(criterion): value \(value) must be greater than 0 "
                + "for \(requiredBy); " + Self.positivityHint(requiredBy)
        case let .negativeValue(alternative, criterion, value, requiredBy):
            return "alternative \(alternative), criterion \(criterion): value \(value) must not be negative "
                + "for \(requiredBy); " + Self.positivityHint(requiredBy)
        case let .countMismatch(what, expected, found):
            return "\(what): expected \(expected), found \(found)"
        case let .invalidWeight(criterion, value):
            return "weight of criterion \(criterion) is \(value); weights must be finite and not negative"
        case .allWeightsZero:
            return "all weights are zero; give at least one criterion a positive weight"
        case let .invalidParameter(name, value, expected):
            return "\(name) is \(value); expected \(expected)"
        case let .invalidPairwiseComparison(row, column, value, reason):
            return "pairwise comparison [\(row)][\(column)] = \(value): \(reason)"
        case let .invalidRank(criterion, rank):
            return "rank of criterion \(criterion) is \(rank); ranks must be positive integers (1 = most important)"
        }
    }

    /// Min-max normalisation takes any values, so it is a way out only when a normalisation is the cause.
    private static func positivityHint(_ requiredBy: String) -> String {
        requiredBy.contains("normalisation")
            ? "fix the data, choose min-max normalisation, or opt in to a shift"
            : "fix the data or opt in to a shift"
    }
}
