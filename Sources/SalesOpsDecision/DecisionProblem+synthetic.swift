extension DecisionProblem {
    /// A reproducible random problem for benchmarks and demonstrations: values uniform in
    /// [1, 1000) (positive, so every normalisation and WPM accept them), every third criterion a
    /// cost, random positive weights. The same arguments always give the same problem.
    package static func synthetic(alternatives: Int, criteria: Int, seed: UInt64 = 1) throws(DecisionError) -> DecisionProblem {
        var rng = Xoshiro256StarStar(seed: seed)
        let count = Swift.max(alternatives, 0) * Swift.max(criteria, 0)
        let values = (0..<count).map { _ in 1 + 999 * rng.nextUnit() }
        let types = (0..<Swift.max(criteria, 0)).map { $0 % 3 == 2 ? CriterionType.cost : .benefit }
        let weights = types.map { _ in 0.05 + rng.nextUnit() }
        return try DecisionProblem(
            matrix: DecisionMatrix(alternatives: alternatives, criteria: criteria, values: values),
            types: types, weights: weights)
    }
}
