import SalesOpsBasics
/// How far one criterion's weight can move before the winner changes.
///
/// The criterion's weight moves from its current value `w` to `t`; the other criteria keep
/// their proportions and are scaled by `(1 − t)/(1 − w)` so the weights still sum to 1. (If the
/// criterion holds all the weight, the rest is shared equally among the others.) Weights are the
/// effective ones of ``DecisionResult/weights``: constant criteria are out and weigh 0.
package struct WeightSensitivity: Sendable, Hashable {
    /// The criterion (original index).
    package let criterion: Int
    /// Its current effective weight.
    package let weight: Double
    /// The nearest weight above the current one at which the winner changes; `nil` when the
    /// winner stays the same all the way to 1.
    package let increase: WeightFlip?
    /// The nearest weight below the current one at which the winner changes; `nil` when the
    /// winner stays the same all the way to 0.
    package let decrease: WeightFlip?
    /// Whether the criterion dropped out as constant (it then never changes the winner).
    package let dropped: Bool

    /// The smaller of the two changes in absolute value; `nil` when the winner does not change
    /// anywhere in [0, 1] ("no change within [0, 1]").
    package var smallestChange: WeightFlip? {
        switch (increase, decrease) {
        case let (up?, down?): return abs(down.change) < up.change ? down : up
        case let (up?, nil): return up
        case let (nil, down?): return down
        case (nil, nil): return nil
        }
    }
}

/// A weight at which the winner changes.
package struct WeightFlip: Sendable, Hashable {
    /// The criterion's weight at the change: there the new winner draws level with the old one,
    /// and beyond it the new winner leads.
    package let weight: Double
    /// `weight` minus the current weight: positive for an increase, negative for a decrease.
    package let change: Double
    /// The alternative that takes first place beyond the change.
    package let newWinner: Int
}

extension DecisionProblem {
    /// For each criterion, the smallest change of its weight that changes the winner (the first
    /// alternative of ``DecisionResult/order``), in both directions, found exactly rather than by
    /// scanning weights.
    ///
    /// With the criterion's weight at `t`, every other weight is `shareⱼ·(1 − t)`, and for the
    /// winner `a` and each rival `b` the lead of `a` over `b` has a closed form in `t`:
    /// - WSM: linear, `(1 − t)·(Bₐ − B_b) + t·(nₐⱼ − n_bⱼ)` with `B` the score of the other criteria.
    /// - WPM: the log of the score is linear in `t` (a zero value makes the score 0 wherever its
    ///   weight is positive).
    /// - TOPSIS: the lead has the sign of `D⁻ₐ·D⁺_b − D⁻_b·D⁺ₐ`, with `D` the squared distances,
    ///   each `A·(1 − t)² + B·t²`; that quartic is `(1 − t)⁴·q(x)` with `q` quadratic in
    ///   `x = (t/(1 − t))²`, which grows with `t`, so its roots are those of `q`.
    /// - VIKOR: `Q_b − Qₐ` has the sign of `v·(S_b − Sₐ)·ΔR + (1 − v)·(R_b − Rₐ)·ΔS`, with `ΔS`,
    ///   `ΔR` the spreads of `S` and `R` over all alternatives. `S` is linear in `t` and
    ///   `R = max(A·(1 − t), B·t)`, so between the breakpoints of the envelopes (followed from
    ///   the current weight outwards) the lead is a quadratic.
    /// The threshold is the first root beyond the current weight where some rival's lead turns
    /// negative; failing that, the winner at the end of the range (weight 0 or 1) is checked.
    /// Criteria are processed in parallel.
    package func weightSensitivity(
        method: DecisionMethod,
        normalization: Normalization? = nil,
        nonPositive: NonPositivePolicy = .reject
    ) throws(DecisionError) -> [WeightSensitivity] {
        let p = try PreparedProblem(self, method: method, normalization: normalization, nonPositive: nonPositive)
        var base = [Double](repeating: 0, count: p.alternatives)
        p.scores(weights: p.weights, into: &base)
        let winner = Ranking.winner(base, preference: method.preference)
        let perKept: [(WeightFlip?, WeightFlip?)] = Parallel.map(p.kept.count) { k in
            guard p.alternatives > 1, p.width > 1 else { return (nil, nil) }
            let search = SensitivitySearch(problem: p, criterion: k, winner: winner)
            if case .wsm = method { return search.linearThresholds() }
            return (search.exact(towards: 1), search.exact(towards: 0))
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
    /// The other criteria's weights when this one is 0, summing to 1.
    let share: [Double]

    init(problem: PreparedProblem, criterion: Int, winner: Int) {
        self.problem = problem
        self.criterion = criterion
        self.winner = winner
        let w = problem.weights
        var share = w
        share[criterion] = 0
        for j in share.indices where j != criterion {
            share[j] = w[criterion] < 1 ? w[j] / (1 - w[criterion]) : 1 / Double(w.count - 1)
        }
        self.share = share
    }

    var current: Double { problem.weights[criterion] }

    func weights(at t: Double) -> [Double] {
        var w = share.map { $0 * (1 - t) }
        w[criterion] = t
        return w
    }

    func winner(at t: Double) -> Int {
        var scores = [Double](repeating: 0, count: problem.alternatives)
        problem.scores(weights: weights(at: t), into: &scores)
        return Ranking.winner(scores, preference: problem.method.preference)
    }

    func value(_ a: Int, _ j: Int) -> Double { problem.normalized[a * problem.width + j] }

    /// Exact thresholds for WSM, whose scores are linear in the moving weight.
    func linearThresholds() -> (WeightFlip?, WeightFlip?) {
        let width = problem.width
        func own(_ a: Int) -> Double { value(a, criterion) }
        func rest(_ a: Int) -> Double {
            var sum = 0.0
            for j in 0..<width where j != criterion { sum += share[j] * value(a, j) }
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

    /// The first weight from the current one towards `end` (0 or 1) at which the winner changes.
    func exact(towards end: Double) -> WeightFlip? {
        let w = current
        guard end != w else { return nil }
        let direction = end > w ? 1.0 : -1.0
        var first: (t: Double, rivals: [Int])?
        func consider(_ t: Double?, _ b: Int) {
            guard let t else { return }
            if let f = first, direction * (t - f.t) > 0 { return }
            if let f = first, t == f.t { first!.rivals.append(b) } else { first = (t, [b]) }
        }
        switch problem.method {
        case .wpm: wpmRoots(from: w, to: end, consider)
        case .topsis: topsisRoots(from: w, to: end, consider)
        case let .vikor(v): VikorWalk(search: self, v: v).roots(from: w, to: end, consider)
        case .wsm: return nil
        }
        if let first {
            var newWinner = first.rivals[0]
            if first.rivals.count > 1 {
                // Several rivals draw level at once: the one that leads just beyond takes over.
                let beyond = Swift.min(1, Swift.max(0, first.t + direction * 1e-9))
                let leader = winner(at: beyond)
                if first.rivals.contains(leader) { newWinner = leader }
            }
            return WeightFlip(weight: first.t, change: first.t - w, newWinner: newWinner)
        }
        // No rival overtakes inside the range; the end itself may still differ (a weight of 0
        // drops a criterion's zeros from WPM's product, a tie there goes to the lower index).
        let atEnd = winner(at: end)
        return atEnd == winner ? nil : WeightFlip(weight: end, change: end - w, newWinner: atEnd)
    }

    /// WPM: for `t` strictly inside (0, 1) the log score is `(1 − t)·Lrest + t·Lown`, or −∞ when a
    /// value with positive weight is 0.
    func wpmRoots(from w: Double, to end: Double, _ consider: (Double?, Int) -> Void) {
        let width = problem.width, logs = problem.cells
        func parts(_ a: Int) -> (rest: Double, own: Double) {
            var rest = 0.0
            for j in 0..<width where j != criterion && share[j] > 0 { rest += share[j] * logs[a * width + j] }
            return (rest, logs[a * width + criterion])
        }
        let lead = parts(winner)
        for b in 0..<problem.alternatives where b != winner {
            let rival = parts(b)
            var roots = Roots()
            let gap: (Double) -> Double
            let winnerZero = !lead.rest.isFinite || !lead.own.isFinite
            let rivalZero = !rival.rest.isFinite || !rival.own.isFinite
            switch (winnerZero, rivalZero) {
            case (false, false):
                let g0 = lead.rest - rival.rest, g1 = (lead.own - rival.own) - g0
                if g1 != 0 { roots.first = -g0 / g1 }
                gap = { g0 + g1 * $0 }
            case (false, true): gap = { _ in 1 }
            case (true, false): gap = { _ in -1 }
            case (true, true): gap = { _ in b < winner ? -1 : 1 }
            }
            consider(firstNegative(from: w, to: end, roots: roots, gap), b)
        }
    }

    /// TOPSIS: squared distances `A·(1 − t)² + B·t²` (from the prepared squared gaps); the lead's sign is that of a quadratic in
    /// `x = (t/(1 − t))²`.
    func topsisRoots(from w: Double, to end: Double, _ consider: (Double?, Int) -> Void) {
        let width = problem.width, gaps = problem.cells
        let squaredShare = share.map { $0 * $0 }
        func distances(_ a: Int) -> (plusRest: Double, plusOwn: Double, minusRest: Double, minusOwn: Double) {
            var plus = 0.0, minus = 0.0
            let row = 2 * a * width
            for j in 0..<width where j != criterion {
                plus += squaredShare[j] * gaps[row + 2 * j]
                minus += squaredShare[j] * gaps[row + 2 * j + 1]
            }
            return (plus, gaps[row + 2 * criterion], minus, gaps[row + 2 * criterion + 1])
        }
        let a = distances(winner)
        for b in 0..<problem.alternatives where b != winner {
            let r = distances(b)
            // D⁻ₐ·D⁺_b − D⁻_b·D⁺ₐ = c0·(1 − t)⁴ + c2·(1 − t)²·t² + c4·t⁴.
            let c0 = a.minusRest * r.plusRest - r.minusRest * a.plusRest
            let c2 = a.minusRest * r.plusOwn + a.minusOwn * r.plusRest - r.minusRest * a.plusOwn - r.minusOwn * a.plusRest
            let c4 = a.minusOwn * r.plusOwn - r.minusOwn * a.plusOwn
            let roots = quadraticRoots(c4, c2, c0).map { x in
                guard x >= 0 else { return .nan }
                let u = x.squareRoot()
                return u / (1 + u)
            }
            consider(firstNegative(from: w, to: end, roots: roots) { t in
                let s = 1 - t
                return c0 * s * s * s * s + c2 * s * s * t * t + c4 * t * t * t * t
            }, b)
        }
    }
}

/// Up to two real roots; absent ones are NaN. A value, so the searches allocate nothing per rival.
struct Roots {
    var first = Double.nan
    var second = Double.nan

    func map(_ transform: (Double) -> Double) -> Roots {
        Roots(first: first.isNaN ? .nan : transform(first), second: second.isNaN ? .nan : transform(second))
    }
}

/// The first point from `start` towards `end` after which `lead` is negative, given every root of
/// `lead` (any order, any range): between consecutive roots its sign is constant, read at the middle.
private func firstNegative(from start: Double, to end: Double, roots: Roots, _ lead: (Double) -> Double) -> Double? {
    let direction = end > start ? 1.0 : -1.0
    // NaN fails both comparisons, so absent roots drop out here.
    func inside(_ x: Double) -> Bool { direction * (x - start) > 0 && direction * (x - end) < 0 }
    var near = inside(roots.first) ? roots.first : .nan
    var far = inside(roots.second) ? roots.second : .nan
    if near.isNaN || (!far.isNaN && direction * far < direction * near) { swap(&near, &far) }
    var from = start
    for to in [near, far, end] where !to.isNaN {
        if to != from, lead((from + to) / 2) < 0 { return from }
        from = to
    }
    return nil
}

/// Real roots of `a·x² + b·x + c` (the linear case when `a` is 0), computed without cancellation.
func quadraticRoots(_ a: Double, _ b: Double, _ c: Double) -> Roots {
    guard a != 0 else { return b != 0 ? Roots(first: -c / b) : Roots() }
    let discriminant = b * b - 4 * a * c
    guard discriminant >= 0 else { return Roots() }
    let q = -0.5 * (b + (b >= 0 ? 1 : -1) * discriminant.squareRoot())
    guard q != 0 else { return Roots(first: 0) }
    return Roots(first: q / a, second: c / q)
}

/// A line `c0 + c1·t`.
private struct Line {
    var c0: Double, c1: Double
    func at(_ t: Double) -> Double { c0 + c1 * t }
    static func - (l: Line, r: Line) -> Line { Line(c0: l.c0 - r.c0, c1: l.c1 - r.c1) }
    static func * (l: Line, r: Line) -> (Double, Double, Double) {
        (l.c1 * r.c1, l.c0 * r.c1 + l.c1 * r.c0, l.c0 * r.c0)
    }
}

/// `max(first, second)`: VIKOR's `S` (both lines equal) and `R` per alternative.
private struct Hinge {
    var first: Line, second: Line

    func at(_ t: Double) -> Double { Swift.max(first.at(t), second.at(t)) }

    /// The line that holds just beyond `t` in `direction`.
    func active(at t: Double, _ direction: Double) -> Line {
        // At the kink (within rounding) the line that rises faster in `direction` holds beyond it.
        let x = first.at(t), y = second.at(t)
        if abs(x - y) > 1e-13 { return x > y ? first : second }
        return direction * first.c1 >= direction * second.c1 ? first : second
    }

    /// Where the two lines cross, if they do.
    var kink: Double? {
        first.c1 != second.c1 ? (second.c0 - first.c0) / (first.c1 - second.c1) : nil
    }
}

/// VIKOR's lead of the winner, followed piece by piece from the current weight: the spreads of `S`
/// and `R` come from the envelopes (largest and smallest) of the alternatives' functions, and
/// between their breakpoints every lead is a quadratic in `t`.
private struct VikorWalk {
    let s: [Hinge]
    let r: [Hinge]
    let v: Double
    let winner: Int

    init(search: SensitivitySearch, v: Double) {
        let p = search.problem, width = p.width, k = search.criterion
        var s: [Hinge] = [], r: [Hinge] = []
        for a in 0..<p.alternatives {
            var rest = 0.0, worst = 0.0
            for j in 0..<width where j != k {
                let x = search.share[j] * p.cells[a * width + j]
                rest += x
                worst = Swift.max(worst, x)
            }
            let own = p.cells[a * width + k]
            let line = Line(c0: rest, c1: own - rest)
            s.append(Hinge(first: line, second: line))
            r.append(Hinge(first: Line(c0: worst, c1: -worst), second: Line(c0: 0, c1: own)))
        }
        self.s = s
        self.r = r
        self.v = v
        winner = search.winner
    }

    /// The alternative on the upper (`sign` 1) or lower (−1) envelope of `f` just beyond `t`
    /// (`S` and `R` lie in [0, 1]).
    func leader(_ f: [Hinge], _ sign: Double, at t: Double, _ direction: Double) -> Int {
        var best = 0
        for x in 1..<f.count {
            // Values within rounding of each other count as equal: at a breakpoint the one
            // that leads beyond it must win, however the last bit fell.
            let dx = sign * (f[x].at(t) - f[best].at(t))
            if dx > 1e-13 || (abs(dx) <= 1e-13 && sign * direction * (f[x].active(at: t, direction).c1 - f[best].active(at: t, direction).c1) > 0) {
                best = x
            }
        }
        return best
    }

    /// The first point beyond `t` (before `limit`) where some alternative passes `leader` on the
    /// envelope, or where the leader's own kink bends the envelope.
    func nextBreak(_ f: [Hinge], _ sign: Double, leader x: Int, from t: Double, to limit: Double, _ direction: Double) -> Double {
        func beyond(_ u: Double?, _ bound: Double) -> Double? {
            guard let u, direction * (u - t) > 0, direction * (u - bound) < 0 else { return nil }
            return u
        }
        var next = limit
        if let kink = beyond(f[x].kink, next) { next = kink }
        for y in f.indices where y != x {
            // Between the kinks of x and y both are lines; y passes x where the lines cross.
            var near = beyond(f[x].kink, next) ?? .nan, far = beyond(f[y].kink, next) ?? .nan
            if near.isNaN || (!far.isNaN && direction * far < direction * near) { swap(&near, &far) }
            var start = t
            for stop in [near, far, next] where !stop.isNaN {
                let gap = f[y].active(at: start, direction) - f[x].active(at: start, direction)
                if sign * direction * gap.c1 > 0 {
                    let cross = Swift.max(0, Swift.min(1, -gap.c0 / gap.c1))
                    if direction * (cross - stop) <= 0, direction * (cross - start) >= 0, let cross = beyond(cross, next) {
                        next = cross
                        break
                    }
                }
                start = stop
            }
        }
        return next
    }

    func roots(from w: Double, to end: Double, _ consider: (Double?, Int) -> Void) {
        let direction = end > w ? 1.0 : -1.0
        var t = w
        // Each step moves past at least one breakpoint: of the envelopes of S (at most n pieces
        // each), of R (two lines per alternative, each pair crossing at most twice: under 4n
        // pieces each) or the winner's kink; the bound only guards against a stalled step. The
        // first step with a root has the earliest ones.
        for _ in 0..<(12 * s.count + 16) where t != end {
            let sHigh = leader(s, 1, at: t, direction), sLow = leader(s, -1, at: t, direction)
            let rHigh = leader(r, 1, at: t, direction), rLow = leader(r, -1, at: t, direction)
            var stop = nextBreak(s, 1, leader: sHigh, from: t, to: end, direction)
            stop = nextBreak(s, -1, leader: sLow, from: t, to: stop, direction)
            stop = nextBreak(r, 1, leader: rHigh, from: t, to: stop, direction)
            stop = nextBreak(r, -1, leader: rLow, from: t, to: stop, direction)
            if let kink = r[winner].kink, direction * (kink - t) > 0, direction * (kink - stop) < 0 { stop = kink }
            let spreadS = s[sHigh].active(at: t, direction) - s[sLow].active(at: t, direction)
            let spreadR = r[rHigh].active(at: t, direction) - r[rLow].active(at: t, direction)
            let flatS = spreadS.c0 == 0 && spreadS.c1 == 0, flatR = spreadR.c0 == 0 && spreadR.c1 == 0
            var found = false
            for b in s.indices where b != winner {
                var start = t
                var pieces = [stop]
                if let kink = r[b].kink, direction * (kink - t) > 0, direction * (kink - stop) < 0 { pieces.insert(kink, at: 0) }
                for pieceEnd in pieces {
                    let gapS = s[b].active(at: start, direction) - s[winner].active(at: start, direction)
                    let gapR = r[b].active(at: start, direction) - r[winner].active(at: start, direction)
                    // Q_b − Qₐ times ΔS·ΔR; a spread that is 0 drops its term, as in the scores.
                    var (q2, q1, q0) = (0.0, 0.0, 0.0)
                    if v == 1 || flatR { (q2, q1, q0) = (0, gapS.c1, gapS.c0) }
                    else if v == 0 || flatS { (q2, q1, q0) = (0, gapR.c1, gapR.c0) }
                    else {
                        let x = gapS * spreadR, y = gapR * spreadS
                        (q2, q1, q0) = (v * x.0 + (1 - v) * y.0, v * x.1 + (1 - v) * y.1, v * x.2 + (1 - v) * y.2)
                    }
                    if let root = firstNegative(from: start, to: pieceEnd, roots: quadraticRoots(q2, q1, q0), { (q2 * $0 + q1) * $0 + q0 }) {
                        consider(root, b)
                        found = true
                        break
                    }
                    start = pieceEnd
                }
            }
            if found { return }
            t = stop
        }
    }
}
