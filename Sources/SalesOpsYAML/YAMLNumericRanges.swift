/// A type whose numeric keys have documented ranges.
///
/// The decoder checks each number under those keys (a list's items and a map's values too), so
/// no value outside its range reaches arithmetic; the JSON Schema carries the same bounds as
/// `minimum`/`maximum`, so editors flag them as people type.
package protocol YAMLNumericRanges {
    /// The allowed range by key, for the keys that hold numbers.
    static var numericRanges: [String: NumericRange] { get }
}

/// The values a numeric key allows: `lower...upper`, or above `lower` when `lower` is exclusive.
package struct NumericRange: Sendable, Hashable {
    package var lower: Double
    package var upper: Double
    /// True when `lower` itself is not allowed (a rate must be above 0).
    package var lowerExclusive: Bool
    /// What the number counts, for messages (`seats`, `days`); empty for a plain number.
    package var unit: String

    package init(_ range: ClosedRange<Double>, unit: String = "") {
        self.lower = range.lowerBound
        self.upper = range.upperBound
        self.lowerExclusive = false
        self.unit = unit
    }

    /// Above `lower` (not equal to it), up to `upper`.
    package init(above lower: Double, upTo upper: Double, unit: String = "") {
        self.lower = lower
        self.upper = upper
        self.lowerExclusive = true
        self.unit = unit
    }

    package func contains(_ value: Double) -> Bool {
        (lowerExclusive ? value > lower : value >= lower) && value <= upper
    }

    /// `1 to 1000000 seats`, `above 0 to 1000`.
    package var text: String {
        let range = (lowerExclusive ? "above " : "") + "\(Self.format(lower)) to \(Self.format(upper))"
        return unit.isEmpty ? range : range + " " + unit
    }

    /// Whole numbers without a fraction (`1000000`, not `1000000.0`).
    static func format(_ value: Double) -> String {
        if let whole = Int(exactly: value) { return String(whole) }
        return String(value)
    }

    /// The bounds as JSON Schema keywords.
    var schemaKeywords: [(String, Double)] {
        [(lowerExclusive ? "exclusiveMinimum" : "minimum", lower), ("maximum", upper)]
    }
}
