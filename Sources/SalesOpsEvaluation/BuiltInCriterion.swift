import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsPluginHost
import SalesOpsYAML

/// A candidate as the built-in criteria see it: the tool, its cost for the team, its JSON.
package struct Candidate: Sendable {
    package let tool: Tool
    package var cost: OwnershipCost
    /// The JSON given to the initialiser; without one, `json` is built from the tool when asked:
    /// only plugin criteria need the whole document, and building it for every candidate cost
    /// more than the ranking.
    private var givenJSON: JSONValue?

    /// The tool's document as JSON, as plugins receive it.
    package var json: JSONValue {
        get { givenJSON ?? EvaluationEngine.json(of: tool) }
        set {
            givenJSON = newValue
            yamlAttributes = nil
        }
    }

    package init(tool: Tool, cost: OwnershipCost, json: JSONValue) {
        self.tool = tool
        self.cost = cost
        self.givenJSON = json
    }

    /// The decoded attributes of a tool read from YAML while no other JSON was given, taken
    /// once: reading them through `tool` for every criterion copied the whole spec each time.
    private(set) var yamlAttributes: [String: Double]?

    /// A candidate whose JSON is the tool's own document, built only if a criterion reads it.
    package init(tool: Tool, cost: OwnershipCost) {
        self.tool = tool
        self.cost = cost
        if tool.source != nil { yamlAttributes = tool.spec.attributes ?? [:] }
    }

    /// The number or boolean (as 1 or 0) at `keys` in the candidate's JSON, read without building
    /// that JSON when the tool came from YAML: `spec.attributes.NAME` (give NAME as `attribute`)
    /// from the decoded attributes, since the decoder resolves each scalar as the JSON conversion
    /// does; any other path by walking the document's nodes.
    func number(at keys: [String], attribute: String?) -> Double? {
        if let yamlAttributes {
            if let attribute, let value = yamlAttributes[attribute] { return value }
            guard let root = tool.source?.root else { return nil }
            var node = root
            for key in keys {
                guard let next = node[key] else { return nil }
                node = next
            }
            if let value = try? node.jsonValue() { return Self.number(value) }
        }
        var current = json
        for key in keys {
            guard case .object(let members) = current, let next = members[key] else { return nil }
            current = next
        }
        return Self.number(current)
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let value): return value
        case .bool(let value): return value ? 1 : 0
        default: return nil
        }
    }
}

/// What every built-in criterion may read besides the candidates.
package struct CriterionContext: Sendable {
    package var team: Team
    package var params: [String: JSONValue]
    package var today: CalendarDate
    package var staleAfterDays: Int

    package init(team: Team, params: [String: JSONValue], today: CalendarDate, staleAfterDays: Int) {
        self.team = team
        self.params = params
        self.today = today
        self.staleAfterDays = staleAfterDays
    }
}

/// A criterion built into salesops. It registers in the plugin registry like a loaded one; the
/// engine calls its typed `values` directly, and the JSON `score` serves any other caller.
package protocol BuiltInCriterion: CriterionScorer {
    /// Whether more is better (benefit) or less is better (cost), unless an evaluation says otherwise.
    var defaultDirection: CriterionType { get }
    /// One value per candidate; nil when the candidate has no data for this criterion.
    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?]
}

extension BuiltInCriterion {
    /// The manifest's direction is the built-in one.
    package var direction: CriterionDirection? { CriterionDirection(rawValue: defaultDirection.rawValue) }

    /// The JSON entry point: decodes the team and candidates, then computes as the engine does.
    package func score(_ request: CriterionRequest) throws -> [Double?] {
        let decoder = YAMLDecoder()
        let team = try decoder.decode(Team.self, fromText: request.team.jsonText, file: "the request's team")
        let rates = ExchangeRates.standard
        let candidates = try request.candidates.map { json in
            let tool = try decoder.decode(Tool.self, fromText: json.jsonText, file: "the request's candidate")
            return Candidate(tool: tool, cost: .compute(tool: tool, team: team.spec, rates: rates), json: json)
        }
        let today = request.params["today"]?.stringValue.flatMap { CalendarDate(iso: $0) } ?? CalendarDate(daysSinceEpoch: 0)
        return try values(candidates, context: CriterionContext(
            team: team, params: request.params.objectValue ?? [:], today: today, staleAfterDays: 365))
    }
}

/// A criterion's parameters are wrong.
package struct CriterionParameterError: Error, Sendable, CustomStringConvertible {
    package var criterion: String
    package var message: String

    package var description: String { "criterion `\(criterion)`: \(message)" }
}
