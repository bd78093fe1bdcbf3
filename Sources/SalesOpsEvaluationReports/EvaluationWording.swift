import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsEvaluation

/// The words of an evaluation report, shared by the text, Markdown, HTML and CSV renderers
/// (each escapes them for its format). Criterion names are set in backticks.
package enum EvaluationWording {
    package static func method(_ method: DecisionMethod) -> String {
        method.rawValue.uppercased()
    }

    package static func scoreMeaning(_ order: EvaluationReport.ScoreOrder) -> String {
        order == .higherIsBetter ? "higher is better" : "lower is better"
    }

    package static func contributionMeaning(_ method: DecisionMethod) -> String {
        switch method {
        case .wsm: return "weight × normalised value; a tool's contributions sum to its score"
        case .wpm: return "normalised value ^ weight; a tool's contributions multiply to its score"
        case .topsis: return "weight × normalised value; the closer to the best tool's on heavy criteria, the higher the score"
        case .vikor: return "weighted regret (0 = best on the criterion); a tool's regrets sum to its group utility S"
        }
    }

    package static func exclusion(_ reason: ExclusionReason) -> String {
        switch reason {
        case let .missingMustHaves(tier, lacks):
            return "no tier has every must-have; the closest, \(tier), lacks \(lacks.joined(separator: ", "))"
        case let .tierSeatLimit(tier, maxSeats, needed):
            return "\(tier) allows at most \(maxSeats) seats; the team needs \(needed)"
        case let .maxSeats(limit, needed, years):
            return "allows at most \(limit) seats; the team needs \(needed) within \(counted(years, "year"))"
        case let .compliance(missing):
            return "no \(missing.map(\.rawValue).joined(separator: ", ")) attestation recorded"
        case let .dataResidency(required, offered):
            return "cannot keep data in \(required.rawValue)"
                + (offered.isEmpty ? " (no data residency recorded)" : " (offers \(offered.map(\.rawValue).joined(separator: ", ")))")
        case let .overBudget(year, tier, cost, budget, currency):
            return "year \(year) costs \(Format.money(cost, currency)) (\(tier)), over the budget of \(Format.money(budget, currency)) a year"
        case let .noData(criterion):
            return "no data for `\(criterion)` (missingData: exclude)"
        case let .belowMinimum(criterion, value, minimum):
            return "`\(criterion)` is \(Format.number(value)), below the minimum \(Format.number(minimum))"
        case let .aboveMaximum(criterion, value, maximum):
            return "`\(criterion)` is \(Format.number(value)), above the maximum \(Format.number(maximum))"
        }
    }

    package static func warning(_ warning: EvaluationWarning) -> String {
        switch warning {
        case let .stalePrice(tool, asOf, days, source):
            return "\(tool): prices are \(days) days old (asOf \(asOf), source \(source)); check them"
        case let .staleRating(tool, source, asOf, days):
            return "\(tool): the \(source) rating is \(days) days old (asOf \(asOf))"
        case let .constantCriterion(criterion):
            return "criterion `\(criterion)` carries no weight: every candidate has the same value"
        case let .noDataCriterion(criterion):
            return "criterion `\(criterion)` carries no weight: no candidate has data for it"
        case let .shifted(criterion, by):
            return "criterion `\(criterion)` was shifted by \(Format.number(by)) so every value is positive (nonPositive: shift)"
        case let .inconsistentAHP(ratio):
            return "AHP comparisons are inconsistent: consistency ratio \(Format.number(ratio)) is above 0.1; revisit the pairwise judgements"
        case .everyCandidateExcluded:
            return "every candidate was excluded; see the reasons under excluded"
        }
    }

    package static func caveat(_ caveat: CostCaveat) -> String {
        switch caveat {
        case let .converted(from, to, rate):
            return "prices converted from \(from.rawValue) to \(to.rawValue) at \(Format.number(rate)) \(to.rawValue) per \(from.rawValue)"
        case let .billingFallback(tier, billing, used):
            return "\(tier): no \(billing == .annual ? "annual" : "monthly-billing") price published; the \(used == .annual ? "annual" : "monthly-billing") price is used"
        case let .priceRange(tier):
            return "\(tier): quote only; the cost is the catalog's estimated range"
        case let .stalePrice(asOf, days):
            return "prices as of \(asOf), \(days) days old"
        }
    }

    /// Cost caveats per ranked tool, in ranking order: `(tool, [caveat])`.
    package static func caveats(_ report: EvaluationReport) -> [(tool: String, caveats: [String])] {
        report.ranking.compactMap { tool in
            guard let cost = tool.cost, !cost.caveats.isEmpty else { return nil }
            return (tool.tool, cost.caveats.map(caveat))
        }
    }

    package static func weightChange(_ change: EvaluationReport.WeightChange) -> String {
        if let flipsAt = change.flipsAt, let delta = change.change, let newWinner = change.newWinner {
            return "`\(change.criterion)` weight \(Format.number(change.weight)) → \(Format.number(flipsAt)) (\(delta >= 0 ? "+" : "")\(Format.number(delta))) makes \(newWinner) the winner"
        }
        return change.dropped ? "`\(change.criterion)` carries no weight" : "no weight of `\(change.criterion)` changes the winner"
    }

    package static func sampling(_ acceptability: EvaluationReport.RankAcceptabilitySummary) -> String {
        acceptability.spread.map { "within ±\(Format.percent($0)) of the given weights" } ?? "uniform over all weight vectors"
    }

    package static func margin(_ report: EvaluationReport) -> String? {
        guard let margin = report.margin, let first = report.ranking.first else { return nil }
        if margin.onlyCandidate || report.ranking.count < 2 { return "\(first.tool) is the only candidate left" }
        let second = report.ranking[1]
        guard let relative = margin.relative else {
            return report.method == .vikor
                ? "\(first.tool) leads \(second.tool) by \(Format.number(margin.value)) in Q (see VIKOR's conditions below)"
                : "\(first.tool) and \(second.tool) both score \(Format.number(first.score))"
        }
        return margin.clearWinner
            ? "\(first.tool) leads \(second.tool) by \(Format.number(margin.value)) (\(Format.percent(relative)) of its score)"
            : "no clear winner: \(first.tool) and \(second.tool) are within \(Format.percent(relative)) of each other"
    }

    package static func tie(_ tie: EvaluationReport.Tie, in report: EvaluationReport) -> String {
        "\(list(tie.tools)) share rank \(tie.rank): \(tieReason(tie, in: report))"
    }

    static func tieReason(_ tie: EvaluationReport.Tie, in report: EvaluationReport) -> String {
        if report.method == .wpm, report.ranking.first(where: { $0.rank == tie.rank })?.score == 0 {
            return "each has a factor of 0 (its worst criterion normalises to 0), so every product is 0; use sum or max normalisation with WPM"
        }
        return tie.sameValues
            ? "they have the same value on every criterion that carries weight"
            : "their scores are equal, their strengths on different criteria balancing out"
    }

    /// VIKOR's acceptance conditions and compromise set, one sentence each.
    package static func vikor(_ vikor: EvaluationReport.VikorDetails) -> [String] {
        var lines: [String] = []
        let first = vikor.tools.first?.tool ?? ""
        if vikor.tools.count > 1, let gap = vikor.advantage.gap, let threshold = vikor.advantage.threshold {
            lines.append("Acceptable advantage: \(vikor.advantage.met ? "met" : "not met"): Q(\(vikor.tools[1].tool)) − Q(\(first)) = \(Format.number(gap)) \(vikor.advantage.met ? "≥" : "<") 1/(m − 1) = \(Format.number(threshold))")
        }
        let bestS = list(vikor.stability.bestByS ?? []), bestR = list(vikor.stability.bestByR ?? [])
        lines.append("Acceptable stability: \(vikor.stability.met ? "met" : "not met"): best by S (group utility) is \(bestS), best by R (largest regret) is \(bestR)")
        lines.append(vikor.compromiseSet.count == 1
            ? "Compromise set: \(first) alone"
            : "Compromise set: \(list(vikor.compromiseSet)); VIKOR cannot single out one of them, so treat them as equally good compromises")
        return lines
    }

    /// The plain-language opening: who wins, why, how robust, what would change it.
    package static func recommendation(_ report: EvaluationReport) -> [String] {
        guard let recommendation = report.recommendation else {
            return ["No recommendation: every candidate was excluded (see why below)."]
        }
        let winner = recommendation.winner
        var sentences: [String] = []
        let sharing = report.ties.first { $0.rank == 1 }?.tools ?? []
        if sharing.count > 1 {
            sentences.append("\(list(sharing)) tie for first place.")
        } else if let vikor = report.vikor, vikor.compromiseSet.count > 1 {
            sentences.append("\(winner) ranks first, but VIKOR finds no single best tool: \(list(vikor.compromiseSet)) are equally good compromises.")
        } else {
            sentences.append("Recommended: \(winner).")
        }
        guard let runnerUp = recommendation.runnerUp else {
            sentences.append("It is the only tool left after the knockouts.")
            return sentences
        }
        if sharing.count > 1 {
            sentences.append("Why: \(tieReason(report.ties.first { $0.rank == 1 }!, in: report)).")
        } else if !recommendation.deciding.isEmpty {
            let unit = report.method == .vikor ? "less regret" : report.method == .wpm ? "log-factor" : "points of score"
            let reasons = recommendation.deciding.map { "`\($0.criterion)` (\(Format.number($0.gap)) \(unit))" }
            sentences.append("It beats the runner-up, \(runnerUp), mostly on \(list(reasons)).")
        }
        if let share = recommendation.firstUnderRandomWeights, let acceptability = report.sensitivity?.rankAcceptability {
            sentences.append("\(sharing.count > 1 ? winner : "It") stays first in \(Format.percent(share)) of \(Format.number(Double(acceptability.samples))) random weightings (\(sampling(acceptability))).")
        }
        if let change = recommendation.smallestChange, let flipsAt = change.flipsAt, let newWinner = change.newWinner {
            sentences.append("The outcome changes if the weight of `\(change.criterion)` moves from \(Format.number(change.weight)) to \(Format.number(flipsAt)): then \(newWinner) wins.")
        } else if report.sensitivity?.weights.isEmpty == false {
            sentences.append("No change of a single weight makes another tool win.")
        }
        return sentences
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
