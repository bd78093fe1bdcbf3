/// A decision matrix: one row per alternative, one column per criterion, every value finite.
///
/// Stored flat and row-major so that large matrices cost one allocation and scans stay
/// cache-friendly: the value of alternative `a` on criterion `c` is `values[a * criteria + c]`.
package struct DecisionMatrix: Sendable, Hashable {
    /// Number of rows (alternatives).
    package let alternatives: Int
    /// Number of columns (criteria).
    package let criteria: Int
    /// Row-major values, `alternatives × criteria` of them.
    package let values: [Double]

    /// Wraps flat row-major storage.
    /// - Throws: ``DecisionError/emptyMatrix(alternatives:criteria:)``,
    ///   ``DecisionError/storageSize(expected:found:)`` or ``DecisionError/nonFiniteValue(alternative:criterion:value:)``.
    package init(alternatives: Int, criteria: Int, values: [Double]) throws(DecisionError) {
        guard alternatives > 0, criteria > 0 else {
            throw .emptyMatrix(alternatives: max(alternatives, 0), criteria: max(criteria, 0))
        }
        guard values.count == alternatives * criteria else {
            throw .storageSize(expected: alternatives * criteria, found: values.count)
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(alternative: bad / criteria, criterion: bad % criteria, value: values[bad])
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
    }

    /// Builds a matrix from rows, one per alternative.
    /// - Throws: ``DecisionError/emptyMatrix(alternatives:criteria:)``,
    ///   ``DecisionError/raggedMatrix(alternative:expected:found:)`` or ``DecisionError/nonFiniteValue(alternative:criterion:value:)``.
    package init(rows: [[Double]]) throws(DecisionError) {
        let width = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() where row.count != width {
            throw .raggedMatrix(alternative: index, expected: width, found: row.count)
        }
        try self.init(alternatives: rows.count, criteria: width, values: rows.flatMap { $0 })
    }

    /// Internal constructor for values already known to be valid.
    init(unchecked alternatives: Int, _ criteria: Int, _ values: [Double]) {
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
    }

    /// The value of `alternative` on `criterion`.
    @inlinable
    package subscript(alternative: Int, criterion: Int) -> Double {
        values[alternative * criteria + criterion]
    }

    /// The values of one alternative across all criteria.
    package func row(_ alternative: Int) -> ArraySlice<Double> {
        values[(alternative * criteria)..<((alternative + 1) * criteria)]
    }

    /// The values of all alternatives on one criterion.
    package func column(_ criterion: Int) -> [Double] {
        (0..<alternatives).map { values[$0 * criteria + criterion] }
    }

    /// The rows as nested arrays (for display and serialisation).
    package var rows: [[Double]] {
        (0..<alternatives).map { Array(row($0)) }
    }

    /// Whether every alternative has the same value on `criterion` (exact equality): such a
    /// criterion carries no information to tell alternatives apart.
    /// `isConstant(criterion:)` of every criterion, in one pass over the rows.
    func constantCriteria() -> [Bool] {
        var constant = [Bool](repeating: true, count: criteria)
        values.withUnsafeBufferPointer { values in
            for a in 1..<Swift.max(alternatives, 1) {
                for c in 0..<criteria where constant[c] && values[a * criteria + c] != values[c] { constant[c] = false }
            }
        }
        return constant
    }

    package func isConstant(criterion: Int) -> Bool {
        let first = values[criterion]
        for a in 1..<alternatives where values[a * criteria + criterion] != first { return false }
        return true
    }
}
