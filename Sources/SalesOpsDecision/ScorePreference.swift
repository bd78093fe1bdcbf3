/// How a method's score reads: whether the best alternative has the highest or the lowest score.
///
/// Ranks never depend on this: rank 1 is always the best alternative.
package enum ScorePreference: String, Sendable, Hashable, Codable {
    /// The best alternative has the highest score (WSM, WPM, TOPSIS).
    case higherIsBetter
    /// The best alternative has the lowest score (VIKOR's Q).
    case lowerIsBetter

    /// Whether `a` is strictly preferred to `b`.
    @inlinable
    package func prefers(_ a: Double, over b: Double) -> Bool {
        self == .higherIsBetter ? a > b : a < b
    }
}
