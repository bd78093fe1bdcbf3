import SalesOpsDecision
import Testing

@Suite("Awkward data")
struct DegenerateDataTests {
    static let allCombinations: [(DecisionMethod, Normalization)] =
        DecisionMethod.allDefaults.flatMap { m in Normalization.allCases.map { (m, $0) } }

    @Test("a constant criterion drops out and the other weights are rescaled", arguments: allCombinations)
    func constantColumn(method: DecisionMethod, normalization: Normalization) throws {
        let withConstant = try DecisionProblem(
            rows: [[4, 7, 30], [6, 7, 20], [9, 7, 50], [2, 7, 10]],
            types: [.benefit, .cost, .cost], weights: [0.2, 0.5, 0.3])
        let without = try DecisionProblem(
            rows: [[4, 30], [6, 20], [9, 50], [2, 10]], types: [.benefit, .cost], weights: [0.4, 0.6])
        let a = try withConstant.evaluate(method: method, normalization: normalization)
        let b = try without.evaluate(method: method, normalization: normalization)
        #expect(a.droppedCriteria == [1])
        #expect(agrees(a.weights, [0.4, 0, 0.6]))
        #expect(agrees(a.scores, b.scores))
        #expect(a.ranks == b.ranks)
        #expect(a.scores.allSatisfy { $0.isFinite })
    }

    @Test("one alternative ranks first with the method's ideal score", arguments: DecisionMethod.allDefaults)
    func oneAlternative(method: DecisionMethod) throws {
        let problem = try DecisionProblem(rows: [[3, 200, 0.5]], types: [.benefit, .cost, .benefit], weights: [1, 2, 3])
        let result = try problem.evaluate(method: method)
        #expect(result.ranks == [1])
        #expect(result.scores == [method.idealScore])
        #expect(result.droppedCriteria == [0, 1, 2])
        #expect(result.margin == 0)
    }

    @Test("when every criterion is constant, every alternative ties first", arguments: DecisionMethod.allDefaults)
    func allConstant(method: DecisionMethod) throws {
        let problem = try DecisionProblem(rows: [[1, 2], [1, 2], [1, 2]], types: [.benefit, .cost], weights: [1, 1])
        let result = try problem.evaluate(method: method)
        #expect(result.ranks == [1, 1, 1])
        #expect(result.scores.allSatisfy { $0 == method.idealScore })
    }

    @Test("zero weight on every informative criterion ties everyone instead of dividing by zero")
    func zeroInformativeWeight() throws {
        let problem = try DecisionProblem(rows: [[1, 5], [2, 5]], types: [.benefit, .benefit], weights: [0, 1])
        for method in DecisionMethod.allDefaults {
            let result = try problem.evaluate(method: method)
            #expect(result.ranks == [1, 1])
            #expect(result.scores.allSatisfy { $0.isFinite })
        }
    }

    @Test("empty matrices are errors")
    func empty() {
        #expect(throws: DecisionError.emptyMatrix(alternatives: 0, criteria: 0)) { try DecisionMatrix(rows: []) }
        #expect(throws: DecisionError.emptyMatrix(alternatives: 2, criteria: 0)) { try DecisionMatrix(rows: [[], []]) }
        #expect(throws: DecisionError.raggedMatrix(alternative: 1, expected: 2, found: 1)) {
            try DecisionMatrix(rows: [[1, 2], [3]])
        }
    }

    @Test("NaN and infinities are errors that name the cell", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) {
        #expect {
            try DecisionMatrix(rows: [[1, 2], [3, value]])
        } throws: { error in
            guard case let .nonFiniteValue(alternative, criterion, _) = error as? DecisionError else { return false }
            return alternative == 1 && criterion == 1
        }
    }

    struct PositivityCase: Sendable, CustomTestStringConvertible {
        let method: DecisionMethod
        let normalization: Normalization
        let rows: [[Double]]
        let types: [CriterionType]
        let expected: DecisionError
        var testDescription: String { "\(method.displayName) + \(normalization.displayName)" }
    }

    static let positivityCases: [PositivityCase] = [
        PositivityCase(method: .wpm, normalization: .minMax, rows: [[1, 5], [2, 0], [3, 4]], types: [.benefit, .benefit],
                       expected: .nonPositiveValue(alternative: 1, criterion: 1, value: 0, requiredBy: "WPM")),
        PositivityCase(method: .wsm, normalization: .sum, rows: [[1, 5], [-2, 6], [3, 4]], types: [.benefit, .benefit],
                       expected: .nonPositiveValue(alternative: 1, criterion: 0, value: -2, requiredBy: "sum normalisation")),
        PositivityCase(method: .wsm, normalization: .sum, rows: [[1, 5], [2, 6], [3, 0]], types: [.benefit, .cost],
                       expected: .nonPositiveValue(alternative: 2, criterion: 1, value: 0,
                                                   requiredBy: "sum normalisation of a cost criterion")),
        PositivityCase(method: .topsis, normalization: .vector, rows: [[1, 5], [2, 0], [3, 4]], types: [.benefit, .cost],
                       expected: .nonPositiveValue(alternative: 1, criterion: 1, value: 0,
                                                   requiredBy: "vector normalisation of a cost criterion")),
        PositivityCase(method: .wsm, normalization: .max, rows: [[1, 5], [2, -1], [3, 4]], types: [.benefit, .benefit],
                       expected: .negativeValue(alternative: 1, criterion: 1, value: -1, requiredBy: "max normalisation")),
    ]

    @Test("zeros or negatives where positive values are needed are errors naming alternative and criterion",
          arguments: positivityCases)
    func nonPositive(_ c: PositivityCase) throws {
        let problem = try DecisionProblem(rows: c.rows, types: c.types, weights: [1, 1])
        #expect(throws: c.expected) { try problem.evaluate(method: c.method, normalization: c.normalization) }
        #expect(c.expected.description.contains("alternative \(c.rows.firstIndex { $0.contains { $0 <= 0 } }!)"))
        // Min-max normalisation is suggested only where a normalisation caused the error.
        #expect(c.expected.description.contains("min-max") == (c.method != .wpm))
    }

    @Test("min-max normalisation and vector on benefit criteria take zeros and negatives as they are")
    func anySignAccepted() throws {
        let problem = try DecisionProblem(rows: [[-1, 0], [2, 5], [0, -3]], types: [.benefit, .benefit], weights: [1, 1])
        #expect(try problem.evaluate(method: .topsis).scores.allSatisfy { $0.isFinite })
        #expect(try problem.evaluate(method: .topsis, normalization: .vector).scores.allSatisfy { $0.isFinite })
        #expect(try problem.evaluate(method: .vikor).scores.allSatisfy { $0.isFinite })
    }

    @Test("the opt-in shift moves an offending criterion so its minimum is the given value")
    func shift() throws {
        let problem = try DecisionProblem(rows: [[1, 5], [2, 0], [3, -2]], types: [.benefit, .cost], weights: [1, 1])
        let shifted = try problem.evaluate(method: .wpm, nonPositive: .shiftToOne)
        #expect(shifted.shifts == [0, 3])
        let manual = try DecisionProblem(rows: [[1, 8], [2, 3], [3, 1]], types: [.benefit, .cost], weights: [1, 1])
        #expect(agrees(shifted.scores, try manual.evaluate(method: .wpm).scores))
        #expect(throws: DecisionError.invalidParameter(name: "shift minimum", value: 0, expected: "a finite number > 0")) {
            try problem.evaluate(method: .wpm, nonPositive: .shift(minimum: 0))
        }
    }

    @Test("a zero in a constant criterion is no error: the criterion drops out first")
    func zeroInConstantColumn() throws {
        let problem = try DecisionProblem(rows: [[1, 0], [2, 0]], types: [.benefit, .cost], weights: [1, 1])
        let result = try problem.evaluate(method: .wpm)
        #expect(result.droppedCriteria == [1])
        #expect(result.ranks == [2, 1])
    }

    @Test("mismatched types or weights and VIKOR's v out of range are errors")
    func parameters() throws {
        let matrix = try DecisionMatrix(rows: [[1, 2], [2, 1]])
        #expect(throws: DecisionError.countMismatch(what: "weights", expected: 2, found: 3)) {
            try DecisionProblem(matrix: matrix, types: [.benefit, .cost], weights: [1, 1, 1])
        }
        #expect(throws: DecisionError.countMismatch(what: "criterion types", expected: 2, found: 1)) {
            try DecisionProblem(matrix: matrix, types: [.benefit], weights: [1, 1])
        }
        let problem = try DecisionProblem(matrix: matrix, types: [.benefit, .cost], weights: [1, 1])
        #expect(throws: DecisionError.invalidParameter(name: "VIKOR v", value: 1.5, expected: "a number in [0, 1]")) {
            try problem.evaluate(method: .vikor(v: 1.5))
        }
    }
}
