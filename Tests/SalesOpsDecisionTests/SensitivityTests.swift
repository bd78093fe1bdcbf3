import SalesOpsDecision
import Testing

@Suite("Weight sensitivity")
struct SensitivityTests {
    /// Three alternatives, two benefit criteria, min-max normalisation:
    ///
    ///     raw        normalised
    ///     A0 100  0  → (1,   0)
    ///     A1   0 10  → (0,   1)
    ///     A2  50  8  → (0.5, 0.8)
    ///
    /// With weights (0.7, 0.3): A0 = 0.7, A1 = 0.3, A2 = 0.35 + 0.24 = 0.59, so A0 wins.
    ///
    /// Criterion 0 at weight t (criterion 1 gets 1 − t): A0 = t, A1 = 1 − t, A2 = 0.8 − 0.3t.
    /// Raising t only helps A0: no change up to 1. Lowering it, A2 draws level when t = 0.8 − 0.3t,
    /// t = 8/13 ≈ 0.6154 (A1 would only at t = 0.5): change 8/13 − 0.7 = −1.1/13 ≈ −0.0846, A2 wins.
    ///
    /// Criterion 1 at weight s: A0 = 1 − s, A1 = s, A2 = 0.5 + 0.3s. Lowering s only helps A0.
    /// Raising it, A2 draws level when 1 − s = 0.5 + 0.3s, s = 5/13 ≈ 0.3846 (A1 only at 0.5):
    /// change 5/13 − 0.3 = +1.1/13, A2 wins.
    static let handWorked = try! DecisionProblem(
        rows: [[100, 0], [0, 10], [50, 8]], types: [.benefit, .benefit], weights: [0.7, 0.3])

    @Test("WSM thresholds in closed form match the hand-worked example")
    func wsmHandWorked() throws {
        let result = try Self.handWorked.evaluate(method: .wsm, normalization: .minMax)
        #expect(result.winner == 0)
        #expect(agrees(result.scores, [0.7, 0.3, 0.59], tolerance: 1e-15))

        let sensitivity = try Self.handWorked.weightSensitivity(method: .wsm, normalization: .minMax)
        #expect(sensitivity[0].increase == nil)
        let down = try #require(sensitivity[0].decrease)
        #expect(agrees(down.weight, 8.0 / 13, tolerance: 1e-14))
        #expect(agrees(down.change, -1.1 / 13, tolerance: 1e-14))
        #expect(down.newWinner == 2)

        #expect(sensitivity[1].decrease == nil)
        let up = try #require(sensitivity[1].increase)
        #expect(agrees(up.weight, 5.0 / 13, tolerance: 1e-14))
        #expect(agrees(up.change, 1.1 / 13, tolerance: 1e-14))
        #expect(up.newWinner == 2)
        #expect(sensitivity[1].smallestChange == up)
    }

    /// The same problem under TOPSIS (min-max, ideal (1, 1), anti-ideal (0, 0)), criterion 0 at
    /// weight t: A0 has closeness t (d⁺ = 1 − t, d⁻ = t), A1 has 1 − t, and A2 has
    /// d⁺² = 0.25t² + 0.04(1 − t)², d⁻² = 0.25t² + 0.64(1 − t)². A0 and A2 draw level where
    /// t²·d⁺² = (1 − t)²·d⁻²; with x = (t/(1 − t))² that is 0.25x² − 0.21x − 0.64 = 0, so
    /// x = (0.21 + √0.6841)/0.5 and t = √x/(1 + √x) ≈ 0.5902, above A1's 0.5. Raising t only
    /// helps A0.
    @Test("TOPSIS thresholds match the hand-worked root")
    func topsisHandWorked() throws {
        let sensitivity = try Self.handWorked.weightSensitivity(method: .topsis, normalization: .minMax)
        #expect(sensitivity[0].increase == nil)
        let down = try #require(sensitivity[0].decrease)
        let u = ((0.21 + 0.6841.squareRoot()) / 0.5).squareRoot()
        #expect(agrees(down.weight, u / (1 + u), tolerance: 1e-12))
        #expect(down.newWinner == 2)
    }

    @Test("no change within [0, 1] is reported as nil both ways")
    func dominantWinner() throws {
        // A0 is best on both criteria: no weighting dethrones it.
        let problem = try DecisionProblem(rows: [[9, 1], [5, 5], [1, 9]], types: [.benefit, .cost], weights: [0.5, 0.5])
        for method in DecisionMethod.allDefaults {
            let sensitivity = try problem.weightSensitivity(method: method)
            #expect(sensitivity.allSatisfy { $0.smallestChange == nil }, "\(method.displayName)")
        }
    }

    @Test("a constant criterion is reported as dropped and never changes the winner")
    func droppedCriterion() throws {
        let problem = try DecisionProblem(rows: [[100, 0, 3], [0, 10, 3], [50, 8, 3]], types: [.benefit, .benefit, .cost], weights: [0.7, 0.3, 1])
        let sensitivity = try problem.weightSensitivity(method: .wsm, normalization: .minMax)
        #expect(sensitivity[2].dropped)
        #expect(sensitivity[2].smallestChange == nil)
        #expect(agrees(try #require(sensitivity[0].decrease).weight, 8.0 / 13, tolerance: 1e-14))
    }

    static let textbook = try! DecisionProblem(
        rows: [[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5], [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]],
        types: [.benefit, .benefit, .benefit, .cost, .benefit, .benefit],
        weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3])

    /// The criterion's weight set to `t`, the others rescaled proportionally.
    static func weights(_ base: [Double], criterion: Int, at t: Double) -> [Double] {
        base.enumerated().map { $0.offset == criterion ? t : $0.element * (1 - t) / (1 - base[criterion]) }
    }

    @Test("every reported threshold is where the winner really changes", arguments: DecisionMethod.allDefaults)
    func thresholdsAreReal(method: DecisionMethod) throws {
        let base = try Self.textbook.evaluate(method: method)
        let sensitivity = try Self.textbook.weightSensitivity(method: method)
        var flips = 0
        for s in sensitivity {
            for flip in [s.increase, s.decrease].compactMap({ $0 }) {
                flips += 1
                let direction = flip.change > 0 ? 1.0 : -1.0
                let before = try Self.textbook.with(weights: Self.weights(base.weights, criterion: s.criterion, at: flip.weight - direction * 1e-6))
                let after = try Self.textbook.with(weights: Self.weights(base.weights, criterion: s.criterion, at: flip.weight + direction * 1e-6))
                #expect(try before.evaluate(method: method).winner == base.winner, "criterion \(s.criterion)")
                #expect(try after.evaluate(method: method).winner == flip.newWinner, "criterion \(s.criterion)")
            }
        }
        #expect(flips > 0)
    }
}
