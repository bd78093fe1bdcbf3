import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision
import SalesOpsPluginHost
import SalesOpsYAML

/// A candidate as the built-in criteria see it: the tool, its cost for the team, its JSON.
package struct Candidate: Sendable {
    package var tool: Tool
    package var cost: OwnershipCost
    /// The tool's document as JSON, as plugins receive it.
    package var json: JSONValue

    package init(tool: Tool, cost: OwnershipCost, json: JSONValue) {
        self.tool = tool
        self.cost = cost
        self.json = json
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
    var direction: CriterionType { get }
    /// One value per candidate; nil when the candidate has no data for this criterion.
    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?]
}

extension BuiltInCriterion {
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
