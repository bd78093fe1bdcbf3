/// An amount known exactly (`low == high`) or as a range, as for quote-only prices.
package struct MoneyRange: Sendable, Hashable, Codable {
    package var low: Double
    package var high: Double

    package static let zero = MoneyRange(exactly: 0)

    package var midpoint: Double { (low + high) / 2 }
    package var isExact: Bool { low == high }

    package static func + (lhs: MoneyRange, rhs: MoneyRange) -> MoneyRange {
        MoneyRange(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    package static func * (lhs: MoneyRange, factor: Double) -> MoneyRange {
        MoneyRange(low: lhs.low * factor, high: lhs.high * factor)
    }
}

extension MoneyRange {
    // In an extension, so the memberwise `init(low:high:)` is still made.
    package init(exactly value: Double) {
        self.init(low: value, high: value)
    }
}
