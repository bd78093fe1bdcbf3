import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Any numeric field of a tool by its path (`params.path`, e.g. `spec.attributes.pilotScore` or
/// `spec.adoption.weeksToLive`); booleans count as 1 and 0; nil where the tool has no value.
struct AttributeCriterion: BuiltInCriterion {
    let id = "attribute"
    let summary = "A numeric field of the tool, by path (e.g. spec.attributes.pilotScore)"
    let direction = CriterionType.benefit
    let parameters: JSONValue = [
        "type": "object",
        "properties": ["path": ["type": "string"]],
        "required": ["path"],
        "additionalProperties": false,
    ]

    func values(_ candidates: [Candidate], context: CriterionContext) throws -> [Double?] {
        guard let path = context.params["path"]?.stringValue, !path.isEmpty else {
            throw CriterionParameterError(criterion: id, message: "needs `params.path`, e.g. `spec.attributes.pilotScore`")
        }
        // The path is split once; each tool is then a walk through its JSON objects, read in place.
        let keys = path.split(separator: ".").map(String.init)
        var values = [Double?]()
        values.reserveCapacity(candidates.count)
        for index in candidates.indices {
            values.append(Self.number(in: candidates[index].json, at: keys))
        }
        return values
    }

    static func number(in json: JSONValue, at keys: [String]) -> Double? {
        var current = json
        for key in keys {
            guard case .object(let members) = current, let next = members[key] else { return nil }
            current = next
        }
        switch current {
        case .number(let value): return value
        case .bool(let value): return value ? 1 : 0
        default: return nil
        }
    }
}
