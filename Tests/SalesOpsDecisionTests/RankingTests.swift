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
}
