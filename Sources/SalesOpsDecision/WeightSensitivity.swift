import SalesOpsBasics
/// How far one criterion's weight can move before the winner changes.
///
/// The criterion's weight moves from its current value `w` to `t`; the other criteria keep
/// their proportions and are scaled by `(1 − t)/(1 − w)` so the weights still sum to 1. (If the
/// criterion holds all the weight, the rest is shared equally among the others.) Weights are the
/// effective ones of ``DecisionResult/weights``: constant criteria are out and weigh 0.
public struct WeightSensitivity: Sendable, Hashable {
    /// The criterion (original index).
    public let criterion: Int
    /// Its current effective weight.
    public let weight: Double
    /// The nearest weight above the current one at which the winner changes; `nil` when the
    /// winner stays the same all the way to 1.
    public let increase: WeightFlip?
    /// The nearest weight below the current one at which the winner changes; `nil` when the
    /// winner stays the same all the way to 0.
    public let decrease: WeightFlip?
    /// Whether the criterion dropped out as constant (it then never changes the winner).
    public let dropped: Bool

    /// The smaller of the two changes in absolute value; `nil` when the winner does not change
    /// anywhere in [0, 1] ("no change within [0, 1]").
    public var smallestChange: WeightFlip? {
        switch (increase, decrease) {
        case let (up?, down?): return abs(down.change) < up.change ? down : up
        case let (up?, nil): return up
        case let (nil, down?): return down
        case (nil, nil): return nil
        }
    }
}

/// A weight at which the winner changes.
public struct WeightFlip: Sendable, Hashable {
    /// The criterion's weight at the change: there the new winner draws level with the old one,
    /// and beyond it the new winner leads.
    public let weight: Double
    /// `weight` minus the current weight: positive for an increase, negative for a decrease.
    public let change: Double
    /// The alternative that takes first place beyond the change.
    public let newWinner: Int
}

extension DecisionProblem {
    /// For each criterion, the smallest change of its weight that changes the winner (the first
    /// alternative of ``DecisionResult/order``), in both directions.
    ///
    /// WSM scores are linear in the moving weight, so its thresholds are exact: for the winner `a`
    /// and a rival `b`, `Sₐ(t) − S_b(t) = (1 − t)·(Bₐ − B_b) + t·(nₐⱼ − n_bⱼ)`, where `B` is the
    /// score from the other criteria with their weights rescaled to sum to 1; the threshold is its
    /// root nearest the current weight. Other methods are searched numerically: `gridSteps` even
    /// steps from the current weight to 1 (and to 0), then bisection to 1e-12 inside the first step
    /// where the winner differs. A change that reverts within one grid step can be missed.
    /// Criteria are processed in parallel.
    public func weightSensitivity(
        method: DecisionMethod,
        normalization: Normalization? = nil,
        nonPositive: NonPositivePolicy = .reject,
        gridSteps: Int = 200
    ) throws(DecisionError) -> [WeightSensitivity] {
        guard gridSteps > 0 else {
            throw .invalidParameter(name: "gridSteps", value: Double(gridSteps), expected: "a positive integer")
        }
        let p = try PreparedProblem(self, method: method, normalization: normalization, nonPositive: nonPositive)
        var base = [Double](repeating: 0, count: p.alternatives)
        p.scores(weights: p.weights, into: &base)
        let winner = Ranking.winner(base, preference: method.preference)
        let perKept: [(WeightFlip?, WeightFlip?)] = Parallel.map(p.kept.count) { k in
            guard p.alternatives > 1, p.width > 1 else { return (nil, nil) }
            let search = SensitivitySearch(problem: p, criterion: k, winner: winner, gridSteps: gridSteps)
            if case .wsm = method { return search.linearThresholds() }
            return (search.numeric(towards: 1), search.numeric(towards: 0))
        }
        var results = (0..<p.criteria).map {
            WeightSensitivity(criterion: $0, weight: 0, increase: nil, decrease: nil, dropped: true)
        }
        for (k, c) in p.kept.enumerated() {
            results[c] = WeightSensitivity(
                criterion: c, weight: p.weights[k], increase: perKept[k].0, decrease: perKept[k].1, dropped: false)
        }
        return results
    }
}

/// The threshold search for one criterion of a prepared problem.
private struct SensitivitySearch {
    let problem: PreparedProblem
    /// Index among the kept criteria.
    let criterion: Int
    let winner: Int
    let gridSteps: Int

    var current: Double { problem.weights[criterion] }

    /// The other criteria's weights when this one is 0, summing to 1.
    var othersShare: [Double] {
        let w = problem.weights
        var share = w
        share[criterion] = 0
        if w[criterion] < 1 {
            for j in share.indices where j != criterion { share[j] = w[j] / (1 - w[criterion]) }
        } else {
            for j in share.indices where j != criterion { share[j] = 1 / Double(w.count - 1) }
        }
        return share
    }

    func weights(at t: Double) -> [Double] {
        var w = othersShare.map { $0 * (1 - t) }
        w[criterion] = t
        return w
    }

    func winner(at t: Double, scores: inout [Double]) -> Int {
        problem.scores(weights: weights(at: t), into: &scores)
        return Ranking.winner(scores, preference: problem.method.preference)
    }

    /// Exact thresholds for WSM, whose scores are linear in the moving weight.
    func linearThresholds() -> (WeightFlip?, WeightFlip?) {
        let width = problem.width, n = problem.normalized, share = othersShare
        func own(_ a: Int) -> Double { n[a * width + criterion] }
        func rest(_ a: Int) -> Double {
            var sum = 0.0
            for j in 0..<width where j != criterion { sum += share[j] * n[a * width + j] }
            return sum
        }
        let w = current
        let restWinner = rest(winner), ownWinner = own(winner)
        // Best candidate each way: (threshold, steepness of the overtaking, alternative).
        var up: (t: Double, steep: Double, b: Int)?
        var down: (t: Double, steep: Double, b: Int)?
        for b in 0..<problem.alternatives where b != winner {
            let gapRest = restWinner - rest(b), gapOwn = ownWinner - own(b)
            // D(t) = gapRest + t·slope is the winner's lead over b.
            let slope = gapOwn - gapRest
            guard slope != 0 else { continue }
            let root = -gapRest / slope
            if slope < 0, root <= 1 {
                let t = Swift.max(root, w)
                if up.map({ t < $0.t || (t == $0.t && -slope > $0.steep) }) ?? true { up = (t, -slope, b) }
            } else if slope > 0, root >= 0 {
                let t = Swift.min(root, w)
                if down.map({ t > $0.t || (t == $0.t && slope > $0.steep) }) ?? true { down = (t, slope, b) }
            }
        }
        return (
            up.map { WeightFlip(weight: $0.t, change: $0.t - w, newWinner: $0.b) },
            down.map { WeightFlip(weight: $0.t, change: $0.t - w, newWinner: $0.b) }
        )
    }

    /// Grid search from the current weight towards `end` (0 or 1), refined by bisection.
    func numeric(towards end: Double) -> WeightFlip? {
        let w = current
        guard end != w else { return nil }
        var scores = [Double](repeating: 0, count: problem.alternatives)
        var same = w
        for step in 1...gridSteps {
            let t = step == gridSteps ? end : w + (end - w) * Double(step) / Double(gridSteps)
            guard winner(at: t, scores: &scores) != winner else { same = t; continue }
            var changed = t
            for _ in 0..<64 where abs(changed - same) > 1e-12 {
                let mid = (same + changed) / 2
                if winner(at: mid, scores: &scores) == winner { same = mid } else { changed = mid }
            }
            return WeightFlip(weight: changed, change: changed - w, newWinner: winner(at: changed, scores: &scores))
        }
        return nil
    }
}
