import Foundation
import SalesOpsDecision
import Testing

@Suite("Criterion breakdown")
struct BreakdownTests {
    static let problem = try! DecisionProblem(
        rows: [[7, 300, 4, 1], [9, 450, 3, 1], [6, 200, 5, 1], [8, 380, 2, 1]],
        types: [.benefit, .cost, .benefit, .cost], weights: [0.4, 0.3, 0.2, 0.1])

    @Test("WSM contributions add up to the score; the constant criterion contributes 0")
    func wsm() throws {
        let scores = try Self.problem.evaluate(method: .wsm).scores
        let breakdown = try Self.problem.breakdown(method: .wsm)
        #expect(breakdown.kind == .additiveContribution)
        for a in 0..<4 {
            #expect(agrees(breakdown.row(a).reduce(0, +), scores[a], tolerance: 1e-14))
            #expect(breakdown[a, 3] == 0)
        }
    }

    @Test("WPM factors multiply to the score")
    func wpm() throws {
        let scores = try Self.problem.evaluate(method: .wpm).scores
        let breakdown = try Self.problem.breakdown(method: .wpm)
        #expect(breakdown.kind == .multiplicativeFactor)
        for a in 0..<4 { #expect(agrees(breakdown.row(a).reduce(1, *), scores[a], tolerance: 1e-14)) }
    }

    @Test("TOPSIS weighted values and ideals give back the closeness")
    func topsis() throws {
        let scores = try Self.problem.evaluate(method: .topsis).scores
        let breakdown = try Self.problem.breakdown(method: .topsis)
        let ideal = try #require(breakdown.ideal), antiIdeal = try #require(breakdown.antiIdeal)
        for a in 0..<4 {
            let plus = (0..<4).reduce(0.0) { $0 + pow(breakdown[a, $1] - ideal[$1], 2) }.squareRoot()
            let minus = (0..<4).reduce(0.0) { $0 + pow(breakdown[a, $1] - antiIdeal[$1], 2) }.squareRoot()
            #expect(agrees(minus / (plus + minus), scores[a], tolerance: 1e-14))
        }
    }

    @Test("VIKOR regrets: row sums are S, row maxima are R, and they give back Q")
    func vikor() throws {
        let scores = try Self.problem.evaluate(method: .vikor).scores
        let breakdown = try Self.problem.breakdown(method: .vikor)
        #expect(breakdown.kind == .weightedRegret)
        let s = (0..<4).map { breakdown.row($0).reduce(0, +) }
        let r = (0..<4).map { breakdown.row($0).max()! }
        for a in 0..<4 {
            let q = 0.5 * (s[a] - s.min()!) / (s.max()! - s.min()!) + 0.5 * (r[a] - r.min()!) / (r.max()! - r.min()!)
            #expect(agrees(q, scores[a], tolerance: 1e-14))
        }
    }
}
