/// Whether more of a criterion is better (`benefit`: features, ratings) or worse (`cost`:
/// price, admin hours). A criterion's manifest entry may declare it; an evaluation's own
/// `direction` on a criterion still wins.
public enum CriterionDirection: String, Sendable, Hashable, CaseIterable, Codable {
    case benefit
    case cost
}
