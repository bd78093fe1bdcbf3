/// Whether more or less of a criterion is better.
package enum CriterionType: String, Sendable, Hashable, CaseIterable, Codable {
    /// More is better (features, ratings).
    case benefit
    /// Less is better (price, hours of admin).
    case cost
}
