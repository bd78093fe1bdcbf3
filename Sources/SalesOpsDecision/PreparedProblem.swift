import Foundation

/// A problem made ready for repeated scoring under different weights: constant criteria removed,
/// requirements checked, data normalised once, and per-method constants computed once.
///
/// Normalisation never depends on weights, so sensitivity analysis and Monte Carlo sampling only
/// redo the cheap weighted aggregation in ``scores(weights:into:)``.
struct PreparedProblem: Sendable {
    let method: DecisionMethod
    let normalization: Normalization
    let alternatives: Int
    let criteria: Int
    /// Original indices of the criteria kept (not constant), in order.
    let kept: [Int]
    /// Original indices of the constant criteria.
    let dropped: [Int]
    /// Shift added to each original criterion's raw values.
    let shifts: [Double]
    /// The given weights of the kept criteria, scaled to sum to 1 (all 0 if they sum to 0).
    let weights: [Double]
    /// Normalised values of the kept criteria, `alternatives × kept.count`, row-major.
    let normalized: [Double]
    /// Column-wise best and worst normalised values (TOPSIS ideal/anti-ideal before weighting, VIKOR f*/f⁻).
    let best: [Double]
    let worst: [Double]
    /// Method-specific per-cell constants: WPM `ln nᵢⱼ`; VIKOR regret `(f*ⱼ − nᵢⱼ)/(f*ⱼ − f⁻ⱼ)`;
    /// TOPSIS `(nᵢⱼ − bestⱼ)²` and `(nᵢⱼ − worstⱼ)²` interleaved, unless `repeated` was false
    /// (then scoring computes them in passing, with the same operations); WSM none.
    let cells: [Double]

    var width: Int { kept.count }

    /// `repeated`: whether the problem will be scored under many weightings (sensitivity,
    /// sampling), which is when precomputing TOPSIS's squared gaps pays; a single ranking does
    /// not write and read them back.
    init(
        _ problem: DecisionProblem, method: DecisionMethod, normalization: Normalization?,
        nonPositive: NonPositivePolicy, repeated: Bool = true
    ) throws(DecisionError) {
        try method.validate()
        let matrix = problem.matrix
        let normalization = normalization ?? method.defaultNormalization
        self.method = method
        self.normalization = normalization
        alternatives = matrix.alternatives
        criteria = matrix.criteria
        var kept: [Int] = [], dropped: [Int] = []
        let constant = matrix.constantCriteria()
        for c in 0..<criteria {
            if constant[c] { dropped.append(c) } else { kept.append(c) }
        }
        self.kept = kept
        self.dropped = dropped

        var shifts = [Double](repeating: 0, count: criteria)
        for c in kept {
            let type = problem.types[c]
            let byNormalization = normalization.requirement(for: type)
            let requiredBy = method.requirement > byNormalization
                ? method.displayName
                : normalization.displayName + (type == .cost ? " of a cost criterion" : "")
            shifts[c] = try Normalization.shift(
                matrix, criterion: c, requirement: Swift.max(byNormalization, method.requirement),
                requiredBy: requiredBy, policy: nonPositive)
        }
        self.shifts = shifts

        let keptTotal = kept.reduce(0.0) { $0 + problem.weights[$1] }
        weights = kept.map { keptTotal > 0 ? problem.weights[$0] / keptTotal : 0 }

        let width = kept.count
        var normalized = [Double](repeating: 0, count: alternatives * width)
        var best = [Double](repeating: -.infinity, count: width)
        var worst = [Double](repeating: .infinity, count: width)
        normalization.normalizeColumns(
            matrix.values, stride: criteria, columns: kept, rows: alternatives, shifts: kept.map { shifts[$0] },
            types: kept.map { problem.types[$0] }, into: &normalized, best: &best, worst: &worst)
        var cells: [Double] = []
        switch method {
        case .wpm:
            // Logs once, so each weighting costs one exp per alternative; ln 0 = −∞ makes the product 0.
            cells = normalized.map { log($0) }
        case .vikor:
            let inverseRange = (0..<width).map { 1 / (best[$0] - worst[$0]) }
            cells = [Double](repeating: 0, count: normalized.count)
            for a in 0..<alternatives {
                for k in 0..<width { cells[a * width + k] = (best[k] - normalized[a * width + k]) * inverseRange[k] }
            }
        case .topsis where repeated:
            // Squared gaps to the column's best and worst, interleaved: each weighting then costs two
            // multiply-adds per cell.
            cells = [Double](repeating: 0, count: 2 * normalized.count)
            for a in 0..<alternatives {
                for k in 0..<width {
                    let v = normalized[a * width + k]
                    cells[2 * (a * width + k)] = (v - best[k]) * (v - best[k])
                    cells[2 * (a * width + k) + 1] = (v - worst[k]) * (v - worst[k])
                }
            }
        case .wsm, .topsis:
            break
        }
        self.normalized = normalized
        self.best = best
        self.worst = worst
        self.cells = cells
    }

    /// Scatters weights of the kept criteria back to one per original criterion (0 for dropped ones).
    func fullWeights(_ keptWeights: [Double]) -> [Double] {
        var full = [Double](repeating: 0, count: criteria)
        for (k, c) in kept.enumerated() { full[c] = keptWeights[k] }
        return full
    }

    /// Scores every alternative under `weights` (one per kept criterion, non-negative, summing to 1).
    /// With no positive weight left, every alternative gets the method's ideal score.
    func scores(weights: [Double], into scores: inout [Double]) {
        let width = self.width
        guard width > 0, weights.contains(where: { $0 > 0 }) else {
            for a in 0..<alternatives { scores[a] = method.idealScore }
            return
        }
        weights.withUnsafeBufferPointer { w in
        normalized.withUnsafeBufferPointer { n in
        scores.withUnsafeMutableBufferPointer { out in
            switch method {
            case .wsm:
                for a in 0..<alternatives {
                    var sum = 0.0
                    for k in 0..<width { sum += w[k] * n[a * width + k] }
                    out[a] = sum
                }
            case .wpm:
                cells.withUnsafeBufferPointer { logs in
                    for a in 0..<alternatives {
                        var sum = 0.0
                        // A zero weight contributes n⁰ = 1, even for n = 0 (0·(−∞) would be NaN).
                        for k in 0..<width where w[k] > 0 { sum += w[k] * logs[a * width + k] }
                        out[a] = exp(sum)
                    }
                }
            case .topsis where cells.isEmpty:
                let squaredWeights = (0..<width).map { w[$0] * w[$0] }
                squaredWeights.withUnsafeBufferPointer { w2 in
                best.withUnsafeBufferPointer { best in
                worst.withUnsafeBufferPointer { worst in
                    for a in 0..<alternatives {
                        var toIdeal = 0.0, toAntiIdeal = 0.0
                        let row = a * width
                        for k in 0..<width {
                            let v = n[row + k]
                            toIdeal += w2[k] * ((v - best[k]) * (v - best[k]))
                            toAntiIdeal += w2[k] * ((v - worst[k]) * (v - worst[k]))
                        }
                        let plus = toIdeal.squareRoot(), minus = toAntiIdeal.squareRoot()
                        out[a] = plus + minus > 0 ? minus / (plus + minus) : 1
                    }
                }
                }
                }
            case .topsis:
                let squaredWeights = (0..<width).map { w[$0] * w[$0] }
                squaredWeights.withUnsafeBufferPointer { w2 in
                cells.withUnsafeBufferPointer { gaps in
                    for a in 0..<alternatives {
                        var toIdeal = 0.0, toAntiIdeal = 0.0
                        let row = 2 * a * width
                        for k in 0..<width {
                            toIdeal += w2[k] * gaps[row + 2 * k]
                            toAntiIdeal += w2[k] * gaps[row + 2 * k + 1]
                        }
                        let plus = toIdeal.squareRoot(), minus = toAntiIdeal.squareRoot()
                        // Both distances vanish only if no weighted criterion varies, which the guard excludes.
                        out[a] = plus + minus > 0 ? minus / (plus + minus) : 1
                    }
                }
                }
            case let .vikor(v):
                cells.withUnsafeBufferPointer { regret in
                    // Reuse `out` for S, keep R in a small buffer.
                    var r = [Double](repeating: 0, count: alternatives)
                    var sLo = Double.infinity, sHi = -Double.infinity, rLo = Double.infinity, rHi = -Double.infinity
                    for a in 0..<alternatives {
                        var s = 0.0, worstRegret = 0.0
                        for k in 0..<width {
                            let x = w[k] * regret[a * width + k]
                            s += x
                            worstRegret = Swift.max(worstRegret, x)
                        }
                        out[a] = s
                        r[a] = worstRegret
                        sLo = Swift.min(sLo, s); sHi = Swift.max(sHi, s)
                        rLo = Swift.min(rLo, worstRegret); rHi = Swift.max(rHi, worstRegret)
                    }
                    // When every alternative has the same S (or R), that term cannot separate them:
                    // it counts as 0 instead of 0/0.
                    let sScale = sHi > sLo ? v / (sHi - sLo) : 0
                    let rScale = rHi > rLo ? (1 - v) / (rHi - rLo) : 0
                    for a in 0..<alternatives {
                        out[a] = (out[a] - sLo) * sScale + (r[a] - rLo) * rScale
                    }
                }
            }
        }
        }
        }
    }
}
