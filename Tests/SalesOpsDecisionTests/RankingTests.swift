import SalesOpsDecision
import Testing

@Suite("Ranking")
struct RankingTests {
    @Test("exact ties share a rank and the next rank is skipped (1, 1, 3)")
    func competitionRanking() {
        let ranking = Ranking(scores: [0.9, 0.5, 0.9, 0.1], preference: .higherIsBetter)
        #expect(ranking.ranks == [1, 3, 1, 4])
        #expect(ranking.order == [0, 2, 1, 3])
        #expect(ranking.winners == [0, 2])
    }

    @Test("lower-is-better scores rank the smallest first")
    func lowerIsBetter() {
        let ranking = Ranking(scores: [0.4, 0, 1, 0], preference: .lowerIsBetter)
        #expect(ranking.ranks == [3, 1, 4, 1])
        #expect(ranking.order == [1, 3, 0, 2])
    }

    @Test("identical alternatives tie under every method", arguments: DecisionMethod.allDefaults)
    func tiedAlternatives(method: DecisionMethod) throws {
        let problem = try DecisionProblem(
            rows: [[3, 20, 5], [7, 10, 2], [3, 20, 5], [1, 30, 9]],
            types: [.benefit, .cost, .benefit], weights: [1, 1, 1])
        let result = try problem.evaluate(method: method)
        #expect(result.scores[0] == result.scores[2])
        #expect(result.ranks[0] == result.ranks[2])
        // Stable: the tie keeps input order.
        #expect(result.order.firstIndex(of: 0)! + 1 == result.order.firstIndex(of: 2)!)
        #expect(Set(result.ranks).count == 3)
    }

    @Test("VIKOR: lowest Q ranks first, and the score reads lower-is-better")
    func vikorPreference() throws {
        let problem = try DecisionProblem(
            rows: [[9, 1], [5, 5], [1, 9]], types: [.benefit, .cost], weights: [0.5, 0.5])
        let result = try problem.evaluate(method: .vikor)
        #expect(result.preference == .lowerIsBetter)
        #expect(result.winner == 0)
        #expect(result.scores[0] == 0)
        #expect(result.scores[2] == 1)
        #expect(result.ranks == [1, 2, 3])
    }

    @Test("long rankings order and tie exactly as comparing scores does", arguments: [64, 65, 300, 2_000])
    func longRankingsMatchComparisons(count: Int) {
        var state: UInt64 = UInt64(count)
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        // Few distinct values, so many ties; both zeros, infinities, negatives and tiny numbers.
        let palette: [Double] = [0, -0.0, 1, -1, 0.5, 1e-300, -1e-300, .infinity, -.infinity, 0.1 + 0.2, 0.3, 123.456]
        for preference in [ScorePreference.higherIsBetter, .lowerIsBetter] {
            let scores = (0..<count).map { _ in
                next() % 3 == 0 ? palette[Int(next() % UInt64(palette.count))] : Double(next() % 1_000) / 7 - 70
            }
            let ranking = Ranking(scores: scores, preference: preference)
            let better: (Double, Double) -> Bool = preference == .higherIsBetter ? { $0 > $1 } : { $0 < $1 }
            let order = scores.indices.sorted { a, b in better(scores[a], scores[b]) || (scores[a] == scores[b] && a < b) }
            #expect(ranking.order == order)
            #expect(ranking.ranks == scores.indices.map { a in 1 + scores.indices.filter { better(scores[$0], scores[a]) }.count })
        }
    }
}

