import Foundation

/// Each criterion's part in each alternative's score, to explain a ``DecisionResult``.
///
/// ``values`` is `alternatives × criteria`, row-major, in the original criterion order. What an
/// entry means depends on the method (see ``Kind``); dropped (constant) criteria hold the neutral
/// value (1 for WPM factors, 0 otherwise).
package struct CriterionBreakdown: Sendable, Hashable {
    /// What the entries of a breakdown mean.
    package enum Kind: String, Sendable, Hashable, Codable {
        /// WSM: `wⱼ·nᵢⱼ`. The entries of a row **sum to the score**, so each is the criterion's
        /// contribution in score points.
        case additiveContribution
        /// WPM: `nᵢⱼ^wⱼ`. The entries of a row **multiply to the score**; a factor below the
        /// others' is what holds an alternative back.
        case multiplicativeFactor
        /// TOPSIS: the weighted normalised value `wⱼ·nᵢⱼ`, to compare with ``CriterionBreakdown/ideal``
        /// and ``CriterionBreakdown/antiIdeal`` (the column's best and worst weighted values): the
        /// closer to the ideal on heavily weighted criteria, the higher the score.
        case weightedNormalizedValue
        /// VIKOR: the weighted regret `wⱼ·(f*ⱼ − nᵢⱼ)/(f*ⱼ − f⁻ⱼ)`, from 0 (best on the criterion)
        /// to `wⱼ` (worst). The entries of a row sum to the group utility `S` and their maximum is
        /// the individual regret `R`; lower is better, as for `Q`.
        case weightedRegret
    }

    /// What the entries mean.
    package let kind: Kind
    /// Number of alternatives (rows).
    package let alternatives: Int
    /// Number of criteria (columns), dropped ones included.
    package let criteria: Int
    /// Row-major entries.
    package let values: [Double]
    /// TOPSIS only: the weighted ideal (best) value of each criterion; `nil` for other methods.
    package let ideal: [Double]?
    /// TOPSIS only: the weighted anti-ideal (worst) value of each criterion; `nil` for other methods.
    package let antiIdeal: [Double]?

    /// The entry for `alternative` on `criterion`.
    package subscript(alternative: Int, criterion: Int) -> Double {
        values[alternative * criteria + criterion]
    }

    /// One alternative's entries across all criteria.
    package func row(_ alternative: Int) -> ArraySlice<Double> {
        values[(alternative * criteria)..<((alternative + 1) * criteria)]
    }
}

extension DecisionProblem {
    /// Breaks each alternative's score down by criterion, with the same data handling as
    /// ``evaluate(method:normalization:nonPositive:)`` (constant criteria dropped, weights rescaled).
    package func breakdown(
        method: DecisionMethod,
        normalization: Normalization? = nil,
        nonPositive: NonPositivePolicy = .reject
    ) throws(DecisionError) -> CriterionBreakdown {
        let p = try PreparedProblem(self, method: method, normalization: normalization, nonPositive: nonPositive, repeated: false)
        let kind: CriterionBreakdown.Kind
        switch method {
        case .wsm: kind = .additiveContribution
        case .wpm: kind = .multiplicativeFactor
        case .topsis: kind = .weightedNormalizedValue
        case .vikor: kind = .weightedRegret
        }
        let neutral = kind == .multiplicativeFactor ? 1.0 : 0.0
        var values = [Double](repeating: neutral, count: p.alternatives * p.criteria)
        for a in 0..<p.alternatives {
            for (k, c) in p.kept.enumerated() {
                let w = p.weights[k], n = p.normalized[a * p.width + k]
                let entry: Double
                switch kind {
                case .additiveContribution, .weightedNormalizedValue: entry = w * n
                // n⁰ = 1 even for n = 0, as in the score.
                case .multiplicativeFactor: entry = w > 0 ? Foundation.pow(n, w) : 1
                case .weightedRegret: entry = w * p.cells[a * p.width + k]
                }
                values[a * p.criteria + c] = entry
            }
        }
        var ideal: [Double]?, antiIdeal: [Double]?
        if kind == .weightedNormalizedValue {
            var hi = [Double](repeating: 0, count: p.criteria), lo = hi
            for (k, c) in p.kept.enumerated() {
                hi[c] = p.weights[k] * p.best[k]
                lo[c] = p.weights[k] * p.worst[k]
            }
            ideal = hi
            antiIdeal = lo
        }
        return CriterionBreakdown(
            kind: kind, alternatives: p.alternatives, criteria: p.criteria, values: values,
            ideal: ideal, antiIdeal: antiIdeal)
    }
}
