/// An amount known exactly (`low == high`) or as a range, as for quote-only prices.
public struct MoneyRange: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    public init(exactly value: Double) {
        self.init(low: value, high: value)
    }

    public static let zero = MoneyRange(exactly: 0)

    public var midpoint: Double { (low + high) / 2 }
    public var isExact: Bool { low == high }

    public static func + (lhs: MoneyRange, rhs: MoneyRange) -> MoneyRange {
        MoneyRange(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    public static func * (lhs: MoneyRange, factor: Double) -> MoneyRange {
        MoneyRange(low: lhs.low * factor, high: lhs.high * factor)
    }
}
