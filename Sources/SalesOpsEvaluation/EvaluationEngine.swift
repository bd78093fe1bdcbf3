import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsPlugins

/// Ranks candidate tools for a team: candidates → knockouts → criterion values → missing-data
/// policy → thresholds → weights → method → explanation → sensitivity.
///
/// Pure apart from the criteria it calls: the catalog, the registry and "today" are passed in.
public struct EvaluationEngine: Sendable {
    public var registry: PluginRegistry

    public init(registry: PluginRegistry) {
        self.registry = registry
    }

    /// Settings from the command line that override the evaluation's own.
    public struct Options: Sendable {
        public var method: SalesOpsCatalog.DecisionMethod?
        public var samples: Int?
        public var seed: UInt64?
        public var today: CalendarDate

        public init(method: SalesOpsCatalog.DecisionMethod? = nil, samples: Int? = nil, seed: UInt64? = nil, today: CalendarDate) {
            self.method = method
            self.samples = samples
            self.seed = seed
            self.today = today
        }
    }

    /// A thin margin: the runner-up within this share of the winner's score.
    public static let clearWinnerShare = 0.05

    public func run(_ evaluation: Evaluation, catalog: Catalog, options: Options) throws(EvaluationError) -> EvaluationReport {
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
        var warnings: [String] = []
        var excluded: [EvaluationReport.ExcludedTool] = []
        var survivors: [Candidate] = []
        for tool in tools {
            let cost = OwnershipCost.compute(tool: tool, team: team.spec, rates: rates)
            let reasons = Knockouts.reasons(tool: tool, cost: cost, team: team.spec)
            if reasons.isEmpty {
                survivors.append(Candidate(tool: tool, cost: cost, json: Self.json(of: tool)))
            } else {
                excluded.append(.init(tool: tool.name, title: tool.title, reasons: reasons))
            }
        }

        // Criterion values, one column per criterion use.
        let uses = spec.criteria
        var columns: [[Double?]] = []
        var directions: [CriterionDirection] = []
        var sources: [String] = []
        let teamJSON = Self.json(of: team)
        for use in uses {
            let scorer: any CriterionScorer
            do {
                scorer = try registry.criterion(use.use)
            } catch {
                throw EvaluationError("evaluation `\(evaluation.name)`: \(error)")
            }
            let builtIn = scorer as? any BuiltInCriterion
            directions.append(use.direction ?? builtIn?.direction ?? .benefit)
            sources.append(registry.entry(.criterion, use.use).map { "\($0.origin)" } ?? "built in")
            let params = use.params ?? [:]
            do {
                if let builtIn {
                    let context = CriterionContext(team: team, params: params, today: options.today, staleAfterDays: staleAfter)
                    columns.append(try builtIn.values(survivors, context: context))
                } else if survivors.isEmpty {
                    columns.append([])
                } else {
                    let request = CriterionRequest(params: .object(params), team: teamJSON, candidates: survivors.map(\.json))
                    columns.append(try scorer.score(request))
                }
            } catch {
                throw EvaluationError("evaluation `\(evaluation.name)`, criterion `\(use.label)`: \(error)")
            }
        }

        // Missing data, then thresholds: both can exclude candidates.
        let policy = spec.missingData ?? .worst
        var filled = [[String]](repeating: [], count: survivors.count)
        var keep = [Bool](repeating: true, count: survivors.count)
        var noData: [Int: String] = [:]
        for (c, use) in uses.enumerated() {
            let present = columns[c].compactMap { $0 }
            if present.isEmpty, !survivors.isEmpty {
                noData[c] = "no candidate has data for it"
                warnings.append("criterion `\(use.label)` carries no weight: no candidate has data for it")
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
                    Self.exclude(survivors[t].tool, "no data for `\(use.label)` (missingData: exclude)", into: &excluded)
                case .error:
                    throw EvaluationError("evaluation `\(evaluation.name)`: `\(survivors[t].tool.name)` has no data for criterion `\(use.label)`; add it to the tool, or set `missingData: worst` or `exclude`")
                }
            }
        }
        for (c, use) in uses.enumerated() {
            guard let threshold = use.threshold, noData[c] == nil else { continue }
            for t in survivors.indices where keep[t] {
                guard let value = columns[c][t] else { continue }
                if let minimum = threshold.min, value < minimum {
                    keep[t] = false
                    Self.exclude(survivors[t].tool, "`\(use.label)` is \(Format.number(value)), below the minimum \(Format.number(minimum))", into: &excluded)
                } else if let maximum = threshold.max, value > maximum {
                    keep[t] = false
                    Self.exclude(survivors[t].tool, "`\(use.label)` is \(Format.number(value)), above the maximum \(Format.number(maximum))", into: &excluded)
                }
            }
        }
        let ranked = survivors.indices.filter { keep[$0] }
        let method = Self.method(options.method ?? spec.method ?? .topsis)
        let normalization = spec.normalization.map(Self.normalization) ?? method.defaultNormalization
        var report = EvaluationReport(
            evaluation: evaluation.name, title: evaluation.title, team: team.name,
            method: (options.method ?? spec.method ?? .topsis).rawValue,
            normalization: Self.normalizationName(normalization),
            weighting: (spec.weighting ?? .direct).rawValue,
            scoreMeaning: method.preference == .higherIsBetter ? "higher is better" : "lower is better",
            contributionMeaning: Self.contributionMeaning(method),
            criteria: [], ranking: [], excluded: excluded, margin: nil, warnings: warnings, sensitivity: nil,
            today: options.today)
        report.warnings += Self.staleness(tools, today: options.today, staleAfter: staleAfter)

        // Weights from the evaluation's weighting.
        let liveCriteria = uses.indices.filter { noData[$0] == nil }
        let rows = ranked.map { t in liveCriteria.map { columns[$0][t]! } }
        var weights: [Double]
        do {
            weights = try Self.weights(spec, live: liveCriteria, rows: rows, warnings: &report.warnings)
        } catch let error as DecisionError {
            throw EvaluationError("evaluation `\(evaluation.name)`: weights: \(Self.describe(error, tools: [], criteria: liveCriteria.map { uses[$0].label }))")
        } catch {
            throw EvaluationError("evaluation `\(evaluation.name)`: weights: \(error)")
        }
        let types = liveCriteria.map { directions[$0] == .benefit ? CriterionType.benefit : .cost }
        let nonPositive: NonPositivePolicy = spec.nonPositive == .shift ? .shiftToOne : .reject

        guard !ranked.isEmpty else {
            report.criteria = Self.summaries(uses, directions, sources, live: liveCriteria, weights: weights, dropped: [], noData: noData)
            report.warnings.append("every candidate was excluded; see the reasons under excluded")
            return report
        }
        let names = ranked.map { survivors[$0].tool.name }
        let labels = liveCriteria.map { uses[$0].label }
        do {
            let problem = try DecisionProblem(rows: rows, types: types, weights: weights)
            let result = try problem.evaluate(method: method, normalization: normalization, nonPositive: nonPositive)
            let breakdown = try problem.breakdown(method: method, normalization: normalization, nonPositive: nonPositive)
            weights = result.weights
            report.criteria = Self.summaries(uses, directions, sources, live: liveCriteria, weights: weights,
                                             dropped: result.droppedCriteria, noData: noData)
            for (c, shift) in result.shifts.enumerated() where shift != 0 {
                report.warnings.append("criterion `\(labels[c])` was shifted by \(Format.number(shift)) so every value is positive (nonPositive: shift)")
            }
            for dropped in result.droppedCriteria {
                report.warnings.append("criterion `\(labels[dropped])` carries no weight: every candidate has the same value")
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
                    tier: candidate.cost.chosen?.tier, cost: Self.costSummary(candidate.cost)))
            }
            report.margin = Self.margin(result, names: names)
            report.sensitivity = try Self.sensitivity(
                problem, method: method, normalization: normalization, nonPositive: nonPositive, spec: spec,
                options: options, names: names, labels: labels, order: result.order)
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

    static func exclude(_ tool: Tool, _ reason: String, into excluded: inout [EvaluationReport.ExcludedTool]) {
        if let index = excluded.firstIndex(where: { $0.tool == tool.name }) {
            excluded[index].reasons.append(reason)
        } else {
            excluded.append(.init(tool: tool.name, title: tool.title, reasons: [reason]))
        }
    }

    static func json<Spec>(of descriptor: Descriptor<Spec>) -> JSONValue {
        if let json = try? descriptor.source?.root.jsonValue() { return json }
        guard let data = try? JSONEncoder().encode(descriptor), let json = try? JSONValue(parsing: [UInt8](data)) else {
            return .emptyObject
        }
        return json
    }

    static func weights(_ spec: EvaluationSpec, live: [Int], rows: [[Double]], warnings: inout [String]) throws -> [Double] {
        let uses = spec.criteria
        switch spec.weighting ?? .direct {
        case .direct:
            return live.map { uses[$0].weight ?? 0 }
        case .rankOrder:
            return try Weights.rankOrderCentroid(ranks: live.map { uses[$0].rank ?? 1 })
        case .ahp:
            let full = spec.pairwise ?? []
            let comparison = try PairwiseComparison(full)
            if let ratio = comparison.consistencyRatio, comparison.isInconsistent {
                warnings.append("AHP comparisons are inconsistent: consistency ratio \(Format.number(ratio)) is above 0.1; revisit the pairwise judgements")
            }
            return live.map { comparison.weights[$0] }
        case .entropy, .critic:
            guard rows.count > 1 else { return Weights.equal(count: live.count) }
            let matrix = try DecisionMatrix(rows: rows)
            return spec.weighting == .entropy
                ? try Weights.entropy(matrix, nonPositive: spec.nonPositive == .shift ? .shiftToOne : .reject)
                : Weights.critic(matrix)
        }
    }

    static func summaries(
        _ uses: [CriterionUse], _ directions: [CriterionDirection], _ sources: [String], live: [Int], weights: [Double],
        dropped: [Int], noData: [Int: String]
    ) -> [EvaluationReport.CriterionSummary] {
        uses.enumerated().map { c, use in
            let position = live.firstIndex(of: c)
            var reason = noData[c]
            if let position, dropped.contains(position) { reason = "every candidate has the same value" }
            return .init(
                id: use.label, use: use.use, direction: directions[c],
                weight: position.map { weights.indices.contains($0) ? weights[$0] : 0 } ?? 0,
                source: sources[c], dropped: reason, threshold: use.threshold)
        }
    }

    static func costSummary(_ cost: OwnershipCost) -> EvaluationReport.CostSummary? {
        guard let chosen = cost.chosen, let years = chosen.years, let total = chosen.total else { return nil }
        return .init(currency: cost.currency, years: years, total: total, published: chosen.published, notes: cost.notes)
    }

    static func margin(_ result: DecisionResult, names: [String]) -> EvaluationReport.Margin? {
        guard result.order.count > 1 else {
            return .init(value: 0, relative: 1, clearWinner: true, text: "\(names[result.winner]) is the only candidate left")
        }
        let first = result.order[0], second = result.order[1]
        let gap = result.margin
        let scale = max(abs(result.scores[first]), abs(result.scores[second]), 1e-12)
        let relative = gap / scale
        let clear = relative >= clearWinnerShare
        let text = clear
            ? "\(names[first]) leads \(names[second]) by \(Format.number(gap)) (\(Format.percent(relative)) of its score)"
            : "no clear winner: \(names[first]) and \(names[second]) are within \(Format.percent(relative)) of each other"
        return .init(value: gap, relative: relative, clearWinner: clear, text: text)
    }

    static func sensitivity(
        _ problem: DecisionProblem, method: SalesOpsDecision.DecisionMethod, normalization: Normalization,
        nonPositive: NonPositivePolicy, spec: EvaluationSpec, options: Options, names: [String], labels: [String], order: [Int]
    ) throws -> EvaluationReport.Sensitivity {
        var changes: [EvaluationReport.WeightChange] = []
        if names.count > 1 {
            for item in try problem.weightSensitivity(method: method, normalization: normalization, nonPositive: nonPositive) {
                let label = labels[item.criterion]
                if let flip = item.smallestChange {
                    changes.append(.init(
                        criterion: label, weight: item.weight, flipsAt: flip.weight, change: flip.change,
                        newWinner: names[flip.newWinner],
                        text: "`\(label)` weight \(Format.number(item.weight)) → \(Format.number(flip.weight)) (\(flip.change >= 0 ? "+" : "")\(Format.number(flip.change))) makes \(names[flip.newWinner]) the winner"))
                } else {
                    changes.append(.init(
                        criterion: label, weight: item.weight, flipsAt: nil, change: nil, newWinner: nil,
                        text: item.dropped ? "`\(label)` carries no weight" : "no weight of `\(label)` changes the winner"))
                }
            }
        }
        let samples = options.samples ?? spec.sensitivity?.samples ?? 2000
        guard samples > 0 else { return .init(weights: changes, rankAcceptability: nil) }
        let seed = options.seed ?? spec.sensitivity?.seed ?? 42
        let sampling: WeightSampling
        let samplingText: String
        if let spread = spec.sensitivity?.spread {
            sampling = .perturbed(relative: spread)
            samplingText = "within ±\(Format.percent(spread)) of the given weights"
        } else {
            sampling = .simplex
            samplingText = "uniform over all weight vectors"
        }
        let acceptability = try problem.rankAcceptability(
            method: method, normalization: normalization, nonPositive: nonPositive, samples: samples,
            sampling: sampling, seed: seed, maxRank: RankAcceptability.defaultRanks)
        let tools = order.map { a in
            EvaluationReport.ToolAcceptability(
                tool: names[a], ranks: (1...acceptability.trackedRanks).map { acceptability.share(alternative: a, rank: $0) })
        }
        return .init(weights: changes, rankAcceptability: .init(samples: samples, seed: seed, sampling: samplingText, tools: tools))
    }

    /// Flags prices and ratings older than the evaluation allows.
    static func staleness(_ tools: [Tool], today: CalendarDate, staleAfter: Int) -> [String] {
        var warnings: [String] = []
        for tool in tools {
            let age = tool.spec.pricing.asOf.days(until: today)
            if age > staleAfter {
                warnings.append("\(tool.name): prices are \(age) days old (asOf \(tool.spec.pricing.asOf), source \(tool.spec.pricing.source)); check them")
            }
            for rating in tool.spec.ratings ?? [] where rating.asOf.days(until: today) > staleAfter {
                warnings.append("\(tool.name): the \(rating.source) rating is \(rating.asOf.days(until: today)) days old (asOf \(rating.asOf))")
            }
        }
        return warnings
    }

    static func method(_ method: SalesOpsCatalog.DecisionMethod) -> SalesOpsDecision.DecisionMethod {
        switch method {
        case .wsm: return .wsm
        case .wpm: return .wpm
        case .topsis: return .topsis
        case .vikor: return .vikor
        }
    }

    static func normalization(_ normalization: NormalizationMethod) -> Normalization {
        switch normalization {
        case .minmax: return .minMax
        case .vector: return .vector
        case .sum: return .sum
        case .max: return .max
        }
    }

    static func normalizationName(_ normalization: Normalization) -> String {
        normalization == .minMax ? "minmax" : normalization.rawValue
    }

    static func contributionMeaning(_ method: SalesOpsDecision.DecisionMethod) -> String {
        switch method {
        case .wsm: return "weight × normalised value; a tool's contributions sum to its score"
        case .wpm: return "normalised value ^ weight; a tool's contributions multiply to its score"
        case .topsis: return "weight × normalised value; the closer to the best tool's on heavy criteria, the higher the score"
        case .vikor: return "weighted regret (0 = best on the criterion); a tool's regrets sum to its group utility S"
        }
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
