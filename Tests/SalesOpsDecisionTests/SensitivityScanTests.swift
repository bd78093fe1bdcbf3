@testable import SalesOpsDecision
import Testing

/// The exact thresholds against a brute-force scan: a fine grid of weights from the current one to
/// each end, then bisection inside the first step where the winner differs.
@Suite("Weight sensitivity against a brute-force scan")
struct SensitivityScanTests {
    static let steps = 400

    static func randomProblem(_ rng: inout Xoshiro256StarStar) throws -> DecisionProblem {
        let alternatives = 3 + Int(rng.next() % 5), criteria = 2 + Int(rng.next() % 3)
        let rows = (0..<alternatives).map { _ in (0..<criteria).map { _ in 1 + 99 * rng.nextUnit() } }
        let types = (0..<criteria).map { _ in rng.next() % 3 == 0 ? CriterionType.cost : .benefit }
        let weights = (0..<criteria).map { _ in 0.05 + rng.nextUnit() }
        return try DecisionProblem(rows: rows, types: types, weights: weights)
    }

    /// The first weight towards `end` where the winner differs, to 1e-12, and the winner there.
    static func scan(
        _ problem: DecisionProblem, method: DecisionMethod, normalization: Normalization?, criterion c: Int, towards end: Double
    ) throws -> WeightFlip? {
        let base = try problem.evaluate(method: method, normalization: normalization)
        let w = base.weights[c]
        func winner(_ t: Double) throws -> Int {
            try problem.with(weights: SensitivityTests.weights(base.weights, criterion: c, at: t))
                .evaluate(method: method, normalization: normalization).winner
        }
        var same = w
        for step in 1...steps {
            let t = step == steps ? end : w + (end - w) * Double(step) / Double(steps)
            guard try winner(t) != base.winner else { same = t; continue }
            var changed = t
            while abs(changed - same) > 1e-12 {
                let mid = (same + changed) / 2
                if try winner(mid) == base.winner { same = mid } else { changed = mid }
            }
            return WeightFlip(weight: changed, change: changed - w, newWinner: try winner(changed))
        }
        return nil
    }

    @Test("exact thresholds equal a fine scan on random problems", arguments: DecisionMethod.allDefaults)
    func matchesScan(method: DecisionMethod) throws {
        try Self.compare(method: method, normalization: nil, seed: 2026)
    }

    /// Min-max normalisation gives each column a 0, which makes a WPM score 0 wherever that
    /// criterion weighs anything.
    @Test("exact WPM thresholds equal a fine scan when normalised values are 0")
    func wpmWithZeros() throws {
        try Self.compare(method: .wpm, normalization: .minMax, seed: 7)
    }

    static func compare(method: DecisionMethod, normalization: Normalization?, seed: UInt64) throws {
        var rng = Xoshiro256StarStar(seed: seed)
        var compared = 0
        for _ in 0..<12 {
            let problem = try Self.randomProblem(&rng)
            let base = try problem.evaluate(method: method, normalization: normalization)
            for s in try problem.weightSensitivity(method: method, normalization: normalization) where !s.dropped {
                for (exact, end) in [(s.increase, 1.0), (s.decrease, 0.0)] {
                    let scanned = try Self.scan(problem, method: method, normalization: normalization, criterion: s.criterion, towards: end)
                    switch (exact, scanned) {
                    case (nil, nil):
                        break
                    case let (exact?, scanned?) where abs(exact.weight - scanned.weight) < 1e-8:
                        #expect(exact.newWinner == scanned.newWinner, "\(method.displayName) criterion \(s.criterion)")
                        compared += 1
                    case let (exact?, scanned):
                        // Only a flip that reverts within one grid step can escape the scan: it comes
                        // first, and the winner really differs just beyond it.
                        let direction = end > exact.weight ? 1.0 : -1.0
                        #expect(scanned.map { direction * ($0.weight - exact.weight) > 0 } ?? true, "\(method.displayName) criterion \(s.criterion): exact \(exact), scan \(String(describing: scanned))")
                        let beyond = try problem.with(weights: SensitivityTests.weights(
                            base.weights, criterion: s.criterion, at: exact.weight + direction * 1e-10)).evaluate(method: method, normalization: normalization)
                        #expect(beyond.winner != base.winner, "\(method.displayName) criterion \(s.criterion)")
                    case let (nil, scanned?):
                        Issue.record("\(method.displayName) criterion \(s.criterion): scan finds a flip at \(scanned.weight), exact none")
                    }
                }
            }
        }
        #expect(compared > 5, "\(method.displayName): too few flips to compare (\(compared))")
    }
}
