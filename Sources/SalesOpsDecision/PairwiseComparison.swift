/// AHP weights from a pairwise comparison matrix (Saaty 1980).
///
/// Entry `[i][j]` says how much more important criterion `i` is than `j` (Saaty's 1–9 scale and
/// reciprocals, though any positive ratio is accepted); the matrix must be reciprocal
/// (`[j][i] = 1/[i][j]`) with ones on the diagonal.
///
/// The weights are the **principal right eigenvector** scaled to sum to 1 (Saaty's definition,
/// and pymcdm's), found by power iteration, which converges for positive matrices
/// (Perron–Frobenius). Consistency: `CI = (λmax − n)/(n − 1)` and `CR = CI/RI` with Saaty's random
/// index `RI` for matrices of size `n`; `CR` above ``consistencyThreshold`` (0.1) means the
/// judgements contradict each other enough to revisit them.
package struct PairwiseComparison: Sendable, Hashable {
    /// Saaty's random consistency index for n = 1…15 (Saaty 1980, *The Analytic Hierarchy Process*).
    package static let saatyRandomIndex: [Double] =
        [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]
    /// The consistency ratio above which the judgements should be revisited.
    package static let consistencyThreshold = 0.1

    /// The comparison matrix as given.
    package let matrix: [[Double]]
    /// One weight per criterion, summing to 1.
    package let weights: [Double]
    /// The principal eigenvalue λmax (n for a perfectly consistent matrix, more otherwise).
    package let principalEigenvalue: Double
    /// `CI = (λmax − n)/(n − 1)`; 0 for n ≤ 2, which are always consistent.
    package let consistencyIndex: Double
    /// Saaty's random index for this size; `nil` past the table (n > 15).
    package let randomIndex: Double?
    /// `CR = CI/RI`; 0 for n ≤ 2; `nil` when there is no random index for this size.
    package let consistencyRatio: Double?

    /// Whether ``consistencyRatio`` exceeds ``consistencyThreshold``: the value to warn about.
    package var isInconsistent: Bool { (consistencyRatio ?? 0) > Self.consistencyThreshold }

    /// - Throws: ``DecisionError/emptyMatrix(alternatives:criteria:)``,
    ///   ``DecisionError/countMismatch(what:expected:found:)`` for a row of the wrong length, and
    ///   ``DecisionError/invalidPairwiseComparison(row:column:value:reason:)`` for an entry that is
    ///   not a finite positive number, a diagonal entry other than 1, or a pair that is not
    ///   reciprocal within 1% (so 0.333 passes for 1/3).
    package init(_ matrix: [[Double]]) throws(DecisionError) {
        let n = matrix.count
        guard n > 0 else { throw .emptyMatrix(alternatives: 0, criteria: 0) }
        for (i, row) in matrix.enumerated() {
            guard row.count == n else { throw .countMismatch(what: "pairwise comparison row \(i)", expected: n, found: row.count) }
            for (j, x) in row.enumerated() where !(x.isFinite && x > 0) {
                throw .invalidPairwiseComparison(row: i, column: j, value: x, reason: "must be a finite number > 0")
            }
            if abs(row[i] - 1) > 1e-9 {
                throw .invalidPairwiseComparison(row: i, column: i, value: row[i], reason: "a criterion compared with itself must be 1")
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<n where abs(matrix[i][j] * matrix[j][i] - 1) > 0.01 {
                throw .invalidPairwiseComparison(
                    row: j, column: i, value: matrix[j][i],
                    reason: "must be the reciprocal of [\(i)][\(j)] = \(matrix[i][j]), i.e. \(1 / matrix[i][j])")
            }
        }
        self.matrix = matrix

        var w = [Double](repeating: 1 / Double(n), count: n)
        var lambda = Double(n)
        for _ in 0..<10_000 {
            var next = [Double](repeating: 0, count: n)
            for i in 0..<n {
                for j in 0..<n { next[i] += matrix[i][j] * w[j] }
            }
            // With w summing to 1, the sum of A·w is the Rayleigh-style estimate of λmax.
            lambda = next.reduce(0, +)
            next = next.map { $0 / lambda }
            let change = zip(next, w).reduce(0) { Swift.max($0, abs($1.0 - $1.1)) }
            w = next
            if change < 1e-15 { break }
        }
        weights = w
        principalEigenvalue = lambda
        consistencyIndex = n > 2 ? Swift.max(0, (lambda - Double(n)) / Double(n - 1)) : 0
        if n <= Self.saatyRandomIndex.count {
            let ri = Self.saatyRandomIndex[n - 1]
            randomIndex = ri
            consistencyRatio = n > 2 ? consistencyIndex / ri : 0
        } else {
            randomIndex = nil
            consistencyRatio = nil
        }
    }
}
