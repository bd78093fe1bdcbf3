import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsPluginHost

/// Ranks candidate tools for a team: candidates → knockouts → criterion values → missing-data
/// policy → thresholds → weights → method → explanation → sensitivity.
///
/// Pure apart from the criteria it calls: the catalog, the registry and "today" are passed in.
package struct EvaluationEngine: Sendable {
    package var registry: PluginRegistry

    package init(registry: PluginRegistry) {
        self.registry = registry
    }

    /// Settings from the command line that override the evaluation's own.
    package struct Options: Sendable {
        package var method: DecisionMethod?
        package var samples: Int?
        package var seed: UInt64?
        /// Overrides the evaluation's `nonPositive`.
        package var nonPositive: NonPositivePolicy?
        package var today: CalendarDate

        package init(method: DecisionMethod? = nil, samples: Int? = nil, seed: UInt64? = nil,
                    nonPositive: NonPositivePolicy? = nil, today: CalendarDate) {
            self.method = method
            self.samples = samples
            self.seed = seed
            self.nonPositive = nonPositive
            self.today = today
        }
    }

    /// A thin margin: the runner-up within this share of the winner's score.
    package static let clearWinnerShare = 0.05

    package func run(_ evaluation: Evaluation, catalog: Catalog, options: Options) throws(EvaluationError) -> EvaluationReport {
        let spec = evaluation.spec
        guard let team = catalog.team(named: spec.team) else {
            throw EvaluationError("evaluation `\(evaluation.name)`: no Team named `\(spec.team)` in the catalog")
        }
        let tools = Self.candidates(spec.candidates, in: catalog)
        guard !tools.isEmpty else {
            throw EvaluationError("evaluation `\(evaluation.name)`: no candidate tools; name some under `candidates.tools` or pick `candidates.categories` that have tools")
        }
        let rates = ExchangeRates(overrides: spec.exchangeRates)
        let staleAfter = spec.staleAfterDays ?? 365
        var warnings: [EvaluationWarning] = []
        var excluded: [EvaluationReport.ExcludedTool] = []
        var survivors: [Candidate] = []
        for tool in tools {
            let cost = OwnershipCost.compute(tool: tool, team: team.spec, rates: rates)
            let reasons = Knockouts.reasons(tool: tool, cost: cost, team: team.spec)
            if reasons.isEmpty {
                survivors.append(Candidate(tool: tool, cost: cost))
            } else {
                excluded.append(.init(tool: tool.name, title: tool.title, reasons: reasons))
            }
        }

        // Criterion values, one column per criterion use; reports key them by label, so two uses
        // with one label would merge.
        let uses = spec.criteria
        var seenLabels: Set<String> = []
        for use in uses where !seenLabels.insert(use.label).inserted {
            throw EvaluationError("evaluation `\(evaluation.name)`: two criteria are labelled `\(use.label)`; give each use of a criterion its own `id`")
        }
        var columns: [[Double?]] = []
        var directions: [CriterionType] = []
        var plugins: [String?] = []
        let teamJSON = Self.json(of: team)
        // Built at the first plugin criterion, if any, and shared by the others.
        var candidatesJSON: [JSONValue]?
        var costsJSON: [JSONValue]?
        for use in uses {
            let scorer: any CriterionScorer
            do {
                scorer = try registry.criterion(use.use)
            } catch {
                throw EvaluationError("evaluation `\(evaluation.name)`: \(error)")
            }
            let builtIn = scorer as? any BuiltInCriterion
            let descriptor = registry.entry(.criterion, use.use)?.descriptor
            // The evaluation's own direction wins, then the one the criterion declares.
            directions.append(use.direction ?? builtIn?.defaultDirection
                ?? descriptor?.direction.flatMap { CriterionType(rawValue: $0.rawValue) } ?? .benefit)
            if case let .plugin(id, _)? = registry.entry(.criterion, use.use)?.origin {
                plugins.append(id)
            } else {
                plugins.append(nil)
            }
            let params = use.params ?? [:]
            do {
                if let builtIn {
                    let context = CriterionContext(team: team, params: params, today: options.today, staleAfterDays: staleAfter)
                    columns.append(try builtIn.values(survivors, context: context))
                } else if survivors.isEmpty {
                    columns.append([])
                } else {
                    let json = candidatesJSON ?? survivors.map(\.json)
                    candidatesJSON = json
                    // A criterion that reads other catalog documents (a plugin's kind, the subscriptions) gets them all.
                    let reads = descriptor?.reads ?? []
                    let documents = Dictionary(uniqueKeysWithValues: Set(reads).map { ($0, catalog.documents(ofKind: $0)) })
                    let costs = costsJSON ?? survivors.map { Self.costJSON($0.cost, horizonYears: team.spec.horizon) }
                    costsJSON = costs
                    let request = CriterionRequest(params: .object(params), team: teamJSON, candidates: json, documents: documents,
                                                   today: options.today.description, costs: costs,
                                                   exchangeRates: Dictionary(uniqueKeysWithValues: rates.usdPerUnit.map { ($0.key.rawValue, $0.value) }))
                    let scores = try scorer.score(request)
                    if let range = descriptor?.range, let t = scores.firstIndex(where: { $0.map { !range.contains($0) } ?? false }) {
                        throw EvaluationError("plugin `\(plugins.last.flatMap { $0 } ?? "?")` gave \(Format.number(scores[t]!)) for `\(survivors[t].tool.name)`, outside the range \(range) its manifest declares; fix the plugin, or ask its author")
                    }
                    columns.append(scores)
                }
            } catch {
                throw EvaluationError("evaluation `\(evaluation.name)`, criterion `\(use.label)`: \(error)")
            }
        }

        // Missing data, then thresholds: both can exclude candidates.
        let policy = spec.missingData ?? .worst
        var filled = [[String]](repeating: [], count: survivors.count)
        var keep = [Bool](repeating: true, count: survivors.count)
        var noData: Set<Int> = []
        for (c, use) in uses.enumerated() {
            let present = columns[c].compactMap { $0 }
            if present.isEmpty, !survivors.isEmpty {
                noData.insert(c)
                warnings.append(.noDataCriterion(criterion: use.label))
                continue
            }
            let worst = directions[c] == .benefit ? present.min() : present.max()
            for (t, value) in columns[c].enumerated() where value == nil {
                switch policy {
                case .worst:
                    columns[c][t] = worst
                    filled[t].append(use.label)
                case .exclude:
                    keep[t] = false
                    Self.exclude(survivors[t].tool, .noData(criterion: use.label), into: &excluded)
                case .error:
                    throw EvaluationError("evaluation `\(evaluation.name)`: `\(survivors[t].tool.name)` has no data for criterion `\(use.label)`; add it to the tool, or set `missingData: worst` or `exclude`")
                }
            }
        }
        for (c, use) in uses.enumerated() {
            guard let threshold = use.threshold, !noData.contains(c) else { continue }
            for t in survivors.indices where keep[t] {
                guard let value = columns[c][t] else { continue }
                if let minimum = threshold.min, value < minimum {
                    keep[t] = false
                    Self.exclude(survivors[t].tool, .belowMinimum(criterion: use.label, value: value, minimum: minimum), into: &excluded)
                } else if let maximum = threshold.max, value > maximum {
                    keep[t] = false
                    Self.exclude(survivors[t].tool, .aboveMaximum(criterion: use.label, value: value, maximum: maximum), into: &excluded)
                }
            }
        }
        let ranked = survivors.indices.filter { keep[$0] }
        let method = options.method ?? spec.method ?? .topsis
        let normalization = spec.normalization ?? method.defaultNormalization
        let nonPositive = options.nonPositive ?? spec.nonPositive ?? .reject
        var report = EvaluationReport(
            evaluation: evaluation.name, title: evaluation.title, team: team.name,
            method: method, normalization: normalization,
            weighting: spec.weighting ?? .direct, nonPositive: nonPositive,
            scoreOrder: method.preference == .higherIsBetter ? .higherIsBetter : .lowerIsBetter,
            criteria: [], ranking: [], excluded: excluded, ties: [], margin: nil, vikor: nil, recommendation: nil,
            warnings: warnings, sensitivity: nil, today: options.today)
        report.warnings += Self.staleness(tools, today: options.today, staleAfter: staleAfter)

        // Weights from the evaluation's weighting.
        let liveCriteria = uses.indices.filter { !noData.contains($0) }
        let rows = ranked.map { t in liveCriteria.map { columns[$0][t]! } }
        var weights: [Double]
        do {
            weights = try Self.weights(spec, nonPositive: nonPositive, live: liveCriteria, rows: rows, warnings: &report.warnings)
        } catch let error as DecisionError {
            throw EvaluationError("evaluation `\(evaluation.name)`: weights: \(Self.describe(error, tools: [], criteria: liveCriteria.map { uses[$0].label }))")
        } catch {
            throw EvaluationError("evaluation `\(evaluation.name)`: weights: \(error)")
        }
        let types = liveCriteria.map { directions[$0] }

        guard !ranked.isEmpty else {
            report.criteria = Self.summaries(uses, directions, plugins, live: liveCriteria, weights: weights, dropped: [], noData: noData)
            report.warnings.append(.everyCandidateExcluded)
            return report
        }
        let names = ranked.map { survivors[$0].tool.name }
        let labels = liveCriteria.map { uses[$0].label }
        do {
            let problem = try DecisionProblem(rows: rows, types: types, weights: weights)
            let result = try problem.evaluate(method: method, normalization: normalization, nonPositive: nonPositive)
            let breakdown = try problem.breakdown(method: method, normalization: normalization, nonPositive: nonPositive)
            weights = result.weights
            report.criteria = Self.summaries(uses, directions, plugins, live: liveCriteria, weights: weights,
                                             dropped: result.droppedCriteria, noData: noData)
            for (c, shift) in result.shifts.enumerated() where shift != 0 {
                report.warnings.append(.shifted(criterion: labels[c], by: shift))
            }
            for dropped in result.droppedCriteria {
                report.warnings.append(.constantCriterion(criterion: labels[dropped]))
            }
            for a in result.order {
                let t = ranked[a]
                let candidate = survivors[t]
                var contributions: [String: Double] = [:]
                var values: [String: Double] = [:]
                for (c, label) in labels.enumerated() {
                    contributions[label] = breakdown[a, c]
                    values[label] = rows[a][c]
                }
                report.ranking.append(.init(
                    tool: candidate.tool.name, title: candidate.tool.title, rank: result.ranks[a], score: result.scores[a],
                    contributions: contributions, values: values, filled: filled[t],
                    tier: candidate.cost.chosen?.tier,
                    cost: Self.costSummary(candidate.cost, pricesAsOf: candidate.tool.spec.pricing.asOf, today: options.today, staleAfter: staleAfter)))
            }
            report.margin = Self.margin(result)
            report.ties = Self.ties(result, names: names, rows: rows, weights: weights)
            if case let .vikor(v) = method {
                report.vikor = Self.vikor(result, breakdown: breakdown, v: v, names: names, criteria: labels.count)
            }
            report.sensitivity = try Self.sensitivity(
                problem, method: method, normalization: normalization, nonPositive: nonPositive, spec: spec,
                options: options, names: names, labels: labels, order: result.order)
            report.recommendation = Self.recommendation(
                result, breakdown: breakdown, method: method, names: names, labels: labels, sensitivity: report.sensitivity)
        } catch let error as DecisionError {
            throw EvaluationError("evaluation `\(evaluation.name)`: \(Self.describe(error, tools: names, criteria: labels))")
        } catch {
            throw EvaluationError("evaluation `\(evaluation.name)`: \(error)")
        }
        return report
    }

    // MARK: Steps

    /// Named tools first, in the order given, then every tool of the named categories.
    static func candidates(_ candidates: Candidates, in catalog: Catalog) -> [Tool] {
        var seen: Set<String> = []
        var result: [Tool] = []
        for name in candidates.tools ?? [] {
            if let tool = catalog.tool(named: name), seen.insert(name).inserted { result.append(tool) }
        }
        let categories = Set(candidates.categories ?? [])
        for tool in catalog.tools.sorted(by: { $0.name < $1.name }) where categories.contains(tool.spec.category) {
            if seen.insert(tool.name).inserted { result.append(tool) }
        }
        return result
    }

    static func exclude(_ tool: Tool, _ reason: ExclusionReason, into excluded: inout [EvaluationReport.ExcludedTool]) {
        if let index = excluded.firstIndex(where: { $0.tool == tool.name }) {
            excluded[index].reasons.append(reason)
        } else {
            excluded.append(.init(tool: tool.name, title: tool.title, reasons: [reason]))
        }
    }

    static func json<Spec>(of descriptor: Descriptor<Spec>) -> JSONValue {
        descriptor.json
    }

    /// A candidate's chosen tier and cost over the horizon as a criterion receives it (ABI 2):
    /// `{"tier", "currency", "horizonYears", "total", "totalHigh"}`; null when no tier fits.
    static func costJSON(_ cost: OwnershipCost, horizonYears: Int) -> JSONValue {
        guard let chosen = cost.chosen else { return .null }
        var members: [String: JSONValue] = [
            "tier": .string(chosen.tier), "currency": .string(cost.currency.rawValue), "horizonYears": .number(Double(horizonYears)),
        ]
        if let total = chosen.total {
            members["total"] = .number(total.low)
            members["totalHigh"] = .number(total.high)
        }
        return .object(members)
    }

    static func weights(
        _ spec: EvaluationSpec, nonPositive: NonPositivePolicy, live: [Int], rows: [[Double]], warnings: inout [EvaluationWarning]
    ) throws -> [Double] {
        let uses = spec.criteria
        switch spec.weighting ?? .direct {
        case .direct:
            return live.map { uses[$0].weight ?? 0 }
        case .rankOrder:
            return try Weights.rankOrderCentroid(ranks: live.map { uses[$0].rank ?? 1 })
        case .ahp:
            let full = (spec.pairwise ?? []).map { $0.map(\.value) }
            let comparison = try PairwiseComparison(full)
            if let ratio = comparison.consistencyRatio, comparison.isInconsistent {
                warnings.append(.inconsistentAHP(consistencyRatio: ratio))
            }
            return live.map { comparison.weights[$0] }
        case .entropy, .critic:
            guard rows.count > 1 else { return Weights.equal(count: live.count) }
            let matrix = try DecisionMatrix(rows: rows)
            return spec.weighting == .entropy
                ? try Weights.entropy(matrix, nonPositive: nonPositive)
                : Weights.critic(matrix)
        }
    }

    static func summaries(
        _ uses: [CriterionUse], _ directions: [CriterionType], _ plugins: [String?], live: [Int], weights: [Double],
        dropped: [Int], noData: Set<Int>
    ) -> [EvaluationReport.CriterionSummary] {
        uses.enumerated().map { c, use in
            let position = live.firstIndex(of: c)
            var reason: EvaluationReport.DropReason? = noData.contains(c) ? .noData : nil
            if let position, dropped.contains(position) { reason = .constant }
            return .init(
                id: use.label, use: use.use, direction: directions[c],
                weight: position.map { weights.indices.contains($0) ? weights[$0] : 0 } ?? 0,
                plugin: plugins[c], dropped: reason, threshold: use.threshold)
        }
    }

    static func costSummary(_ cost: OwnershipCost, pricesAsOf: CalendarDate, today: CalendarDate, staleAfter: Int) -> EvaluationReport.CostSummary? {
        guard let chosen = cost.chosen, let years = chosen.years, let total = chosen.total else { return nil }
        var caveats = cost.caveats.filter { caveat in
            switch caveat {
            case .converted, .stalePrice: return true
            case let .billingFallback(tier, _, _), let .priceRange(tier): return tier == chosen.tier
            }
        }
        let age = pricesAsOf.days(until: today)
        if age > staleAfter { caveats.append(.stalePrice(asOf: pricesAsOf, days: age)) }
        return .init(currency: cost.currency, years: years, total: total, published: chosen.published, caveats: caveats)
    }

    static func margin(_ result: DecisionResult) -> EvaluationReport.Margin {
        guard result.order.count > 1 else {
            return .init(value: 0, relative: nil, clearWinner: true, onlyCandidate: true)
        }
        let first = result.order[0], second = result.order[1]
        let gap = result.margin
        if result.preference == .lowerIsBetter {
            // VIKOR's winner has Q = 0, so a share of it means nothing; its acceptance conditions decide.
            return .init(value: gap, relative: nil, clearWinner: gap >= vikorAdvantage(result.order.count) - 1e-12, onlyCandidate: false)
        }
        let scale = max(abs(result.scores[first]), abs(result.scores[second]))
        guard scale > 1e-12 else { return .init(value: gap, relative: nil, clearWinner: false, onlyCandidate: false) }
        let relative = gap / scale
        return .init(value: gap, relative: relative, clearWinner: relative >= clearWinnerShare, onlyCandidate: false)
    }

    /// VIKOR's acceptable-advantage threshold DQ = 1 / (m − 1).
    static func vikorAdvantage(_ count: Int) -> Double {
        1 / Double(max(count - 1, 1))
    }

    /// Groups of tools that share a rank; `sameValues` when they match on every weighted criterion.
    static func ties(_ result: DecisionResult, names: [String], rows: [[Double]], weights: [Double]) -> [EvaluationReport.Tie] {
        var byRank: [Int: [Int]] = [:]
        for a in result.order { byRank[result.ranks[a], default: []].append(a) }
        return byRank.keys.sorted().compactMap { rank in
            let members = byRank[rank]!
            guard members.count > 1 else { return nil }
            let weighted = weights.indices.filter { weights[$0] > 0 }
            let same = members.dropFirst().allSatisfy { a in weighted.allSatisfy { rows[a][$0] == rows[members[0]][$0] } }
            return .init(rank: rank, tools: members.map { names[$0] }, sameValues: same)
        }
    }

    /// Q, S and R per tool and the two acceptance conditions (Opricovic & Tzeng, 2004). S and R
    /// are the sum and the largest of the weighted regrets the breakdown holds.
    static func vikor(_ result: DecisionResult, breakdown: CriterionBreakdown, v: Double, names: [String], criteria: Int) -> EvaluationReport.VikorDetails {
        let order = result.order
        let tolerance = 1e-12
        let s = names.indices.map { a in (0..<criteria).reduce(0) { $0 + breakdown[a, $1] } }
        let r = names.indices.map { a in (0..<criteria).map { breakdown[a, $0] }.max() ?? 0 }
        let tools = order.map { EvaluationReport.VikorDetails.VikorIndices(tool: names[$0], q: result.scores[$0], s: s[$0], r: r[$0]) }
        let threshold = vikorAdvantage(order.count)
        let first = order[0]
        let gap = order.count > 1 ? result.scores[order[1]] - result.scores[first] : 0
        let advantageMet = order.count < 2 || gap >= threshold - tolerance
        let bestS = order.filter { s[$0] <= (s.min() ?? 0) + tolerance }
        let bestR = order.filter { r[$0] <= (r.min() ?? 0) + tolerance }
        let stabilityMet = bestS.contains(first) || bestR.contains(first)
        var compromise = [first]
        if !advantageMet {
            // Every tool whose Q is within DQ of the first's.
            compromise = order.filter { result.scores[$0] - result.scores[first] < threshold - tolerance }
        } else if !stabilityMet, order.count > 1 {
            compromise = [first, order[1]]
        }
        return .init(
            v: v, tools: tools,
            advantage: .init(met: advantageMet, gap: gap, threshold: threshold, bestByS: nil, bestByR: nil),
            stability: .init(met: stabilityMet, gap: nil, threshold: nil, bestByS: bestS.map { names[$0] }, bestByR: bestR.map { names[$0] }),
            compromiseSet: compromise.map { names[$0] })
    }

    /// The winner, the criteria that separate it from the runner-up, how often it stays first and
    /// the smallest weight change that unseats it.
    static func recommendation(
        _ result: DecisionResult, breakdown: CriterionBreakdown, method: DecisionMethod, names: [String], labels: [String],
        sensitivity: EvaluationReport.Sensitivity?
    ) -> EvaluationReport.Recommendation {
        let first = result.order[0]
        let second = result.order.count > 1 ? result.order[1] : nil
        var deciding: [EvaluationReport.ContributionGap] = []
        if let second {
            deciding = labels.indices.map { c -> EvaluationReport.ContributionGap in
                let winner = breakdown[first, c], runnerUp = breakdown[second, c]
                let gap: Double
                switch method {
                case .vikor: gap = runnerUp - winner
                // A factor of 0 makes the product 0 whatever the others are: no finite gap to report.
                case .wpm: gap = winner > 0 && runnerUp > 0 ? log(winner) - log(runnerUp) : 0
                default: gap = winner - runnerUp
                }
                return .init(criterion: labels[c], gap: gap)
            }
            .filter { $0.gap > 1e-12 }
            .sorted { $0.gap > $1.gap || ($0.gap == $1.gap && $0.criterion < $1.criterion) }
            deciding = Array(deciding.prefix(3))
        }
        let smallest = sensitivity?.weights
            .filter { $0.change != nil }
            .min { abs($0.change!) < abs($1.change!) }
        return .init(
            winner: names[first], runnerUp: second.map { names[$0] }, deciding: deciding,
            firstUnderRandomWeights: sensitivity?.rankAcceptability?.tools.first { $0.tool == names[first] }?.ranks.first,
            smallestChange: smallest)
    }

    static func sensitivity(
        _ problem: DecisionProblem, method: DecisionMethod, normalization: Normalization,
        nonPositive: NonPositivePolicy, spec: EvaluationSpec, options: Options, names: [String], labels: [String], order: [Int]
    ) throws -> EvaluationReport.Sensitivity {
        var changes: [EvaluationReport.WeightChange] = []
        if names.count > 1 {
            for item in try problem.weightSensitivity(method: method, normalization: normalization, nonPositive: nonPositive) {
                let label = labels[item.criterion]
                if let flip = item.smallestChange {
                    changes.append(.init(
                        criterion: label, weight: item.weight, flipsAt: flip.weight, change: flip.change,
                        newWinner: names[flip.newWinner], dropped: false))
                } else {
                    changes.append(.init(
                        criterion: label, weight: item.weight, flipsAt: nil, change: nil, newWinner: nil, dropped: item.dropped))
                }
            }
        }
        let samples = options.samples ?? spec.sensitivity?.samples ?? 2000
        guard samples > 0 else { return .init(weights: changes, rankAcceptability: nil) }
        let seed = options.seed ?? spec.sensitivity?.seed ?? 42
        let spread = spec.sensitivity?.spread
        let sampling: WeightSampling = spread.map { .perturbed(relative: $0) } ?? .simplex
        let acceptability = try problem.rankAcceptability(
            method: method, normalization: normalization, nonPositive: nonPositive, samples: samples,
            sampling: sampling, seed: seed, maxRank: RankAcceptability.defaultRanks)
        let tools = order.map { a in
            EvaluationReport.ToolAcceptability(
                tool: names[a], ranks: (1...acceptability.trackedRanks).map { acceptability.share(alternative: a, rank: $0) })
        }
        return .init(weights: changes, rankAcceptability: .init(samples: samples, seed: seed, spread: spread, tools: tools))
    }

    /// Flags prices and ratings older than the evaluation allows.
    static func staleness(_ tools: [Tool], today: CalendarDate, staleAfter: Int) -> [EvaluationWarning] {
        var warnings: [EvaluationWarning] = []
        for tool in tools {
            let pricing = tool.spec.pricing
            let age = pricing.asOf.days(until: today)
            if age > staleAfter {
                warnings.append(.stalePrice(tool: tool.name, asOf: pricing.asOf, days: age, source: pricing.source))
            }
            for rating in tool.spec.ratings ?? [] where rating.asOf.days(until: today) > staleAfter {
                warnings.append(.staleRating(tool: tool.name, source: rating.source, asOf: rating.asOf, days: rating.asOf.days(until: today)))
            }
        }
        return warnings
    }

    /// A decision error with tool and criterion names instead of indices.
    static func describe(_ error: DecisionError, tools: [String], criteria: [String]) -> String {
        func tool(_ index: Int) -> String { tools.indices.contains(index) ? "`\(tools[index])`" : "tool \(index)" }
        func criterion(_ index: Int) -> String { criteria.indices.contains(index) ? "`\(criteria[index])`" : "criterion \(index)" }
        switch error {
        case let .nonPositiveValue(a, c, value, requiredBy):
            return "\(tool(a)) has \(Format.number(value)) for \(criterion(c)), but \(requiredBy) needs values above 0; choose another method or normalization, or set `nonPositive: shift`"
        case let .negativeValue(a, c, value, requiredBy):
            return "\(tool(a)) has \(Format.number(value)) for \(criterion(c)), but \(requiredBy) needs values of 0 or more; choose another normalization, or set `nonPositive: shift`"
        case let .nonFiniteValue(a, c, value):
            return "\(tool(a)) has \(value) for \(criterion(c)); values must be finite numbers"
        case let .invalidWeight(c, value):
            return "the weight of \(criterion(c)) is \(value); weights must be finite and not negative"
        default:
            return error.description
        }
    }
}
