/// What a normalisation or method needs of a criterion's raw values.
package enum ValueRequirement: Int, Sendable, Hashable, Comparable, Codable {
    /// Any finite value.
    case any = 0
    /// Zero or more.
    case nonNegative = 1
    /// Strictly more than zero.
    case positive = 2

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether `value` meets the requirement.
    @inlinable
    package func accepts(_ value: Double) -> Bool {
        switch self {
        case .any: return true
        case .nonNegative: return value >= 0
        case .positive: return value > 0
        }
    }
}
