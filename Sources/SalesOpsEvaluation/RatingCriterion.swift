import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Review stars weighted by review count, each source discounted by age as G2 does (a rating
/// counts 70% after one year, 49% after two …); nil without ratings.
struct RatingCriterion: BuiltInCriterion {
    let id = "rating"
    let summary = "Review stars weighted by review count and discounted by age"
    let defaultDirection = CriterionType.benefit

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        candidates.map { candidate in
            var weighted = 0.0, weights = 0.0
            for rating in candidate.tool.spec.ratings ?? [] {
                let years = max(0, Double(rating.asOf.days(until: context.today)) / 365.25)
                let weight = Double(rating.reviews) * pow(0.7, years)
                weighted += rating.stars * weight
                weights += weight
            }
            return weights > 0 ? weighted / weights : nil
        }
    }
}
