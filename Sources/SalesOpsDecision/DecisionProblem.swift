/// A decision problem: a matrix of alternatives × criteria, each criterion's type and weight.
///
/// Evaluate it with ``evaluate(method:normalization:nonPositive:)``; explain a result with
/// ``breakdown(method:normalization:nonPositive:)``; probe it with
/// ``weightSensitivity(method:normalization:nonPositive:)`` and
/// ``rankAcceptability(method:normalization:nonPositive:samples:sampling:seed:)``.
package struct DecisionProblem: Sendable, Hashable {
    /// The raw values.
    package let matrix: DecisionMatrix
    /// One type per criterion.
    package let types: [CriterionType]
    /// One weight per criterion, scaled to sum to 1 (see ``Weights/direct(_:)``).
    package let weights: [Double]

    /// - Parameter weights: non-negative, not all zero; scaled to sum to 1.
    /// - Throws: ``DecisionError/countMismatch(what:expected:found:)`` when `types` or `weights`
    ///   do not have one entry per criterion, and the errors of ``Weights/direct(_:)``.
    package init(matrix: DecisionMatrix, types: [CriterionType], weights: [Double]) throws(DecisionError) {
        guard types.count == matrix.criteria else {
            throw .countMismatch(what: "criterion types", expected: matrix.criteria, found: types.count)
        }
        guard weights.count == matrix.criteria else {
            throw .countMismatch(what: "weights", expected: matrix.criteria, found: weights.count)
        }
        self.matrix = matrix
        self.types = types
        self.weights = try Weights.direct(weights)
    }

    /// Convenience: builds the matrix from rows (one per alternative).
    package init(rows: [[Double]], types: [CriterionType], weights: [Double]) throws(DecisionError) {
        try self.init(matrix: DecisionMatrix(rows: rows), types: types, weights: weights)
    }

    /// The same problem with other weights (scaled to sum to 1).
    package func with(weights: [Double]) throws(DecisionError) -> DecisionProblem {
        try DecisionProblem(matrix: matrix, types: types, weights: weights)
    }

    /// Scores and ranks the alternatives.
    ///
    /// Constant criteria drop out first and the remaining weights are scaled back to sum to 1
    /// (``DecisionResult/droppedCriteria`` lists them). When nothing is left — one alternative, or
    /// every criterion constant or weighted zero — every alternative ties at rank 1 with the
    /// method's ``DecisionMethod/idealScore``.
    /// - Parameters:
    ///   - normalization: `nil` for the method's ``DecisionMethod/defaultNormalization``.
    ///   - nonPositive: what to do with zeros or negatives where the normalisation or method needs
    ///     positive values.
    /// - Throws: ``DecisionError/nonPositiveValue(alternative:criterion:value:requiredBy:)`` or
    ///   ``DecisionError/negativeValue(alternative:criterion:value:requiredBy:)`` naming the first
    ///   offending value; ``DecisionError/invalidParameter(name:value:expected:)`` for VIKOR's `v`
    ///   outside [0, 1].
    package func evaluate(
        method: DecisionMethod,
        normalization: Normalization? = nil,
        nonPositive: NonPositivePolicy = .reject
    ) throws(DecisionError) -> DecisionResult {
        let prepared = try PreparedProblem(self, method: method, normalization: normalization, nonPositive: nonPositive, repeated: false)
        var scores = [Double](repeating: 0, count: matrix.alternatives)
        prepared.scores(weights: prepared.weights, into: &scores)
        return DecisionResult(
            method: method,
            normalization: prepared.normalization,
            scores: scores,
            ranking: Ranking(scores: scores, preference: method.preference),
            weights: prepared.fullWeights(prepared.weights),
            droppedCriteria: prepared.dropped,
            shifts: prepared.shifts)
    }
}
