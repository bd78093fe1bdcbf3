import Foundation

extension Weights {
    /// Entropy weights, as pymcdm 1.4 defines them: each criterion's column is sum-normalised to
    /// shares `pᵢ = xᵢ / Σx`, its entropy `Eⱼ = −Σᵢ pᵢ ln pᵢ / ln m` measured, and the weights
    /// are `(1 − Eⱼ) / Σₖ (1 − Eₖ)`: criteria whose values are spread unevenly weigh more.
    /// Criterion types play no part.
    ///
    /// A constant criterion weighs exactly 0. When no criterion varies (including one
    /// alternative), or none has a measurable spread, the weights are equal.
    /// - Throws: ``DecisionError/nonPositiveValue(alternative:criterion:value:requiredBy:)`` for a
    ///   zero or negative value in a criterion that varies, unless `nonPositive` shifts it.
    package static func entropy(
        _ matrix: DecisionMatrix, nonPositive: NonPositivePolicy = .reject
    ) throws(DecisionError) -> [Double] {
        let m = matrix.alternatives, n = matrix.criteria
        var divergence = [Double](repeating: 0, count: n)
        let logM = log(Double(m))
        for c in 0..<n where !matrix.isConstant(criterion: c) {
            let shift = try Normalization.shift(
                matrix, criterion: c, requirement: .positive, requiredBy: "entropy weights", policy: nonPositive)
            var total = 0.0
            for a in 0..<m { total += matrix[a, c] + shift }
            var h = 0.0
            for a in 0..<m {
                let p = (matrix[a, c] + shift) / total
                h -= p * log(p)
            }
            // Rounding can push a nearly even column a hair past ln m; it carries no information either way.
            divergence[c] = Swift.max(0, 1 - h / logM)
        }
        return scaledOrEqual(divergence)
    }

    /// CRITIC weights (Diakoulaki et al. 1995), as pymcdm 1.4 defines them: columns are min-max
    /// normalised (as benefit), and criterion `j` carries `Cⱼ = σⱼ · Σₖ (1 − rⱼₖ)`, with `σⱼ` the
    /// sample standard deviation (n − 1) of its normalised column and `rⱼₖ` the Pearson correlation
    /// between columns; weights are `Cⱼ / Σ C`. Criteria that vary a lot and disagree with the
    /// others weigh more. Criterion types play no part.
    ///
    /// A constant criterion weighs exactly 0 and is left out of the correlation sums (its
    /// correlation is undefined). When every `C` is 0 (no criterion varies, or every varying
    /// criterion is perfectly correlated with every other, as with two alternatives where one is
    /// better on everything) the weights are equal.
    package static func critic(_ matrix: DecisionMatrix) -> [Double] {
        let m = matrix.alternatives, n = matrix.criteria
        let kept = (0..<n).filter { !matrix.isConstant(criterion: $0) }
        // Centred min-max normalised columns, column-major for the correlation loops.
        var centred = [[Double]]()
        var sumsOfSquares = [Double]()
        for c in kept {
            let column = matrix.column(c)
            let lo = column.min()!, hi = column.max()!
            let scaled = column.map { ($0 - lo) / (hi - lo) }
            let mean = scaled.reduce(0, +) / Double(m)
            let deviations = scaled.map { $0 - mean }
            centred.append(deviations)
            sumsOfSquares.append(deviations.reduce(0) { $0 + $1 * $1 })
        }
        var information = [Double](repeating: 0, count: n)
        for (j, c) in kept.enumerated() {
            let sigma = (sumsOfSquares[j] / Double(m - 1)).squareRoot()
            var conflict = 0.0
            for k in kept.indices where k != j {
                var cross = 0.0
                for a in 0..<m { cross += centred[j][a] * centred[k][a] }
                conflict += 1 - cross / (sumsOfSquares[j] * sumsOfSquares[k]).squareRoot()
            }
            information[c] = Swift.max(0, sigma * conflict)
        }
        return scaledOrEqual(information)
    }

    /// Scales non-negative scores to sum to 1, or returns equal weights when they sum to 0.
    private static func scaledOrEqual(_ scores: [Double]) -> [Double] {
        let total = scores.reduce(0, +)
        guard total > 0 else { return equal(count: scores.count) }
        return scores.map { $0 / total }
    }
}
