/// Per-criterion normalisations as pymcdm 1.4 defines them. Each handles cost criteria itself, so
/// raw data is never inverted by hand. With `x` a criterion's column:
///
/// | case | benefit | cost | needs |
/// | --- | --- | --- | --- |
/// | `minMax` | (x − min) / (max − min) | (max − x) / (max − min) | any values |
/// | `vector` | x / ‖x‖₂ | 1 − x / ‖x‖₂ | cost: values > 0 |
/// | `sum` | x / Σx | (1/x) / Σ(1/x) | values > 0 |
/// | `max` | x / max | 1 − x / max | values ≥ 0 |
///
/// A constant column carries no information; it normalises to all ones (pymcdm's min-max
/// convention) and the methods drop it before normalising.
package enum Normalization: String, Sendable, Hashable, CaseIterable, Codable {
    case minMax = "minmax"
    case vector
    case sum
    case max

    /// What this normalisation needs of a criterion's raw values.
    ///
    /// Sum normalisation divides by the values (cost) and needs a positive total (benefit), as
    /// pymcdm enforces. Vector normalisation's cost form `1 − x/‖x‖` is a proportional scale only
    /// for positive data. Max normalisation needs non-negative data so that `x/max` keeps its order
    /// and stays within [0, 1].
    package func requirement(for type: CriterionType) -> ValueRequirement {
        switch (self, type) {
        case (.minMax, _), (.vector, .benefit): return .any
        case (.vector, .cost), (.sum, _): return .positive
        case (.max, _): return .nonNegative
        }
    }

    /// A short name for messages ("sum normalisation").
    package var displayName: String {
        switch self {
        case .minMax: return "min-max normalisation"
        case .vector: return "vector normalisation"
        case .sum: return "sum normalisation"
        case .max: return "max normalisation"
        }
    }

    /// Normalises every criterion of `matrix`.
    /// - Parameters:
    ///   - types: one ``CriterionType`` per criterion.
    ///   - nonPositive: what to do with values that break ``requirement(for:)``.
    /// - Returns: the normalised matrix and the shift applied to each criterion (0 when none).
    package func normalize(
        _ matrix: DecisionMatrix,
        types: [CriterionType],
        nonPositive: NonPositivePolicy = .reject
    ) throws(DecisionError) -> (matrix: DecisionMatrix, shifts: [Double]) {
        guard types.count == matrix.criteria else {
            throw .countMismatch(what: "criterion types", expected: matrix.criteria, found: types.count)
        }
        var shifts = [Double](repeating: 0, count: matrix.criteria)
        var output = [Double](repeating: 1, count: matrix.values.count)
        for c in 0..<matrix.criteria where !matrix.isConstant(criterion: c) {
            shifts[c] = try Self.shift(
                matrix, criterion: c, requirement: requirement(for: types[c]),
                requiredBy: displayName + (types[c] == .cost ? " of a cost criterion" : ""),
                policy: nonPositive)
            normalizeColumn(
                matrix.values, stride: matrix.criteria, column: c, rows: matrix.alternatives,
                shift: shifts[c], type: types[c], into: &output, outputStride: matrix.criteria, outputColumn: c)
        }
        return (DecisionMatrix(unchecked: matrix.alternatives, matrix.criteria, output), shifts)
    }

    /// Checks one criterion against a requirement and returns the shift the policy applies (0 if none).
    static func shift(
        _ matrix: DecisionMatrix, criterion c: Int, requirement: ValueRequirement,
        requiredBy: String, policy: NonPositivePolicy
    ) throws(DecisionError) -> Double {
        guard requirement != .any else { return 0 }
        var minimum = Double.infinity
        var firstBad: Int?
        for a in 0..<matrix.alternatives {
            let x = matrix.values[a * matrix.criteria + c]
            minimum = Swift.min(minimum, x)
            if firstBad == nil, !requirement.accepts(x) { firstBad = a }
        }
        guard let bad = firstBad else { return 0 }
        switch policy {
        case .reject:
            let value = matrix[bad, c]
            if requirement == .positive {
                throw .nonPositiveValue(alternative: bad, criterion: c, value: value, requiredBy: requiredBy)
            }
            throw .negativeValue(alternative: bad, criterion: c, value: value, requiredBy: requiredBy)
        case let .shift(target):
            guard target > 0, target.isFinite else {
                throw .invalidParameter(name: "shift minimum", value: target, expected: "a finite number > 0")
            }
            return target - minimum
        }
    }

    /// Normalises one strided column of `input` (after adding `shift`) into a strided column of `output`.
    /// The column must not be constant.
    func normalizeColumn(
        _ input: [Double], stride: Int, column: Int, rows: Int, shift: Double,
        type: CriterionType, into output: inout [Double], outputStride: Int, outputColumn: Int
    ) {
        @inline(__always) func x(_ a: Int) -> Double { input[a * stride + column] + shift }
        @inline(__always) func put(_ a: Int, _ v: Double) { output[a * outputStride + outputColumn] = v }
        switch self {
        case .minMax:
            var lo = Double.infinity, hi = -Double.infinity
            for a in 0..<rows { let v = x(a); lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            let range = hi - lo
            if type == .benefit {
                for a in 0..<rows { put(a, (x(a) - lo) / range) }
            } else {
                for a in 0..<rows { put(a, (hi - x(a)) / range) }
            }
        case .max:
            var hi = -Double.infinity
            for a in 0..<rows { hi = Swift.max(hi, x(a)) }
            if type == .benefit {
                for a in 0..<rows { put(a, x(a) / hi) }
            } else {
                for a in 0..<rows { put(a, 1 - x(a) / hi) }
            }
        case .sum:
            var total = 0.0
            if type == .benefit {
                for a in 0..<rows { total += x(a) }
                for a in 0..<rows { put(a, x(a) / total) }
            } else {
                for a in 0..<rows { total += 1 / x(a) }
                for a in 0..<rows { put(a, (1 / x(a)) / total) }
            }
        case .vector:
            var squares = 0.0
            for a in 0..<rows { let v = x(a); squares += v * v }
            let norm = squares.squareRoot()
            if type == .benefit {
                for a in 0..<rows { put(a, x(a) / norm) }
            } else {
                for a in 0..<rows { put(a, 1 - x(a) / norm) }
            }
        }
    }

    /// `normalizeColumn` for several columns at once, row by row: `columns[k]` of `input` (with
    /// `shifts[k]` added, read as `types[k]`) into column `k` of `output`, `columns.count` wide,
    /// with each output column's largest and smallest value in `best` and `worst`.
    /// The same operations on each value as column by column, in the same row order; reading
    /// the matrix in the order it is stored is what makes this faster for ten thousand rows.
    func normalizeColumns(
        _ input: [Double], stride: Int, columns: [Int], rows: Int, shifts: [Double], types: [CriterionType],
        into output: inout [Double], best: inout [Double], worst: inout [Double]
    ) {
        let width = columns.count
        guard width > 0, rows > 0 else { return }
        // Per column: minMax's lo and hi, max's hi, sum's total, vector's sum of squares.
        let lo = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let hi = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let total = UnsafeMutablePointer<Double>.allocate(capacity: width)
        let benefit = UnsafeMutablePointer<Bool>.allocate(capacity: width)
        defer {
            lo.deallocate()
            hi.deallocate()
            total.deallocate()
            benefit.deallocate()
        }
        lo.initialize(repeating: .infinity, count: width)
        hi.initialize(repeating: -.infinity, count: width)
        total.initialize(repeating: 0, count: width)
        for k in 0..<width { benefit[k] = types[k] == .benefit }
        input.withUnsafeBufferPointer { input in
        columns.withUnsafeBufferPointer { columns in
        shifts.withUnsafeBufferPointer { shifts in
        output.withUnsafeMutableBufferPointer { output in
        best.withUnsafeMutableBufferPointer { best in
        worst.withUnsafeMutableBufferPointer { worst in
            @inline(__always) func put(_ a: Int, _ k: Int, _ value: Double) {
                output[a * width + k] = value
                best[k] = Swift.max(best[k], value)
                worst[k] = Swift.min(worst[k], value)
            }
            @inline(__always) func forEachValue(_ body: (Int, Int, Double) -> Void) {
                for a in 0..<rows {
                    let row = a * stride
                    for k in 0..<width { body(a, k, input[row + columns[k]] + shifts[k]) }
                }
            }
            switch self {
            case .minMax:
                forEachValue { _, k, v in
                    lo[k] = Swift.min(lo[k], v)
                    hi[k] = Swift.max(hi[k], v)
                }
                for k in 0..<width { total[k] = hi[k] - lo[k] }  // the range
                forEachValue { a, k, x in put(a, k, benefit[k] ? (x - lo[k]) / total[k] : (hi[k] - x) / total[k]) }
            case .max:
                forEachValue { _, k, v in hi[k] = Swift.max(hi[k], v) }
                forEachValue { a, k, x in put(a, k, benefit[k] ? x / hi[k] : 1 - x / hi[k]) }
            case .sum:
                forEachValue { _, k, v in total[k] += benefit[k] ? v : 1 / v }
                forEachValue { a, k, x in put(a, k, benefit[k] ? x / total[k] : (1 / x) / total[k]) }
            case .vector:
                forEachValue { _, k, v in total[k] += v * v }
                for k in 0..<width { total[k] = total[k].squareRoot() }  // the norm
                forEachValue { a, k, x in put(a, k, benefit[k] ? x / total[k] : 1 - x / total[k]) }
            }
        }
        }
        }
        }
        }
        }
    }
}
