import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsDecision

/// Any numeric field of a tool by its path (`params.path`, e.g. `spec.attributes.pilotScore` or
/// `spec.adoption.weeksToLive`); booleans count as 1 and 0; nil where the tool has no value.
struct AttributeCriterion: BuiltInCriterion {
    let id = "attribute"
    let summary = "A numeric field of the tool, by path (e.g. spec.attributes.pilotScore)"
    let defaultDirection = CriterionType.benefit
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
        // The path is split once; each tool is then read in place (see `Candidate.number(at:)`).
        let keys = path.split(separator: ".").map(String.init)
        let attribute = keys.count == 3 && keys[0] == "spec" && keys[1] == "attributes" ? keys[2] : nil
        var values = [Double?]()
        values.reserveCapacity(candidates.count)
        for index in candidates.indices {
            // The decoded attribute first, read in place: a call on the candidate (a large struct)
            // copies it.
            if let attribute, let value = candidates[index].yamlAttributes?[attribute] {
                values.append(value)
            } else {
                values.append(candidates[index].number(at: keys, attribute: attribute))
            }
        }
        return values
    }
}
