import SalesOpsPluginSDK

/// The `contractor` audience: onboarding for contractors placed by an agency. A contractor track
/// carries fields of its own under `spec.fields`: the `agency`, the `accessLevel` the contractor
/// gets and, optionally, `contractWeeks`. salesops checks them against `traits.fields` (with
/// file:line:col errors) before it calls `validate`, which adds what no schema can say.
struct ContractorTrackKind: TrackKind {
    let id = "contractor"
    let summary = "A contractor's onboarding track; spec.fields names the agency and the access level."
    let traits = TrackKindTraits(
        owners: ["contractor", "manager", "security", "enablement"],
        defaultVerifiers: ["manager-signoff"],
        fields: [
            "type": "object",
            "required": ["agency", "accessLevel"],
            "additionalProperties": false,
            "properties": [
                "agency": ["type": "string", "minLength": 1, "description": "The agency that placed the contractor."],
                "accessLevel": ["enum": ["standard", "restricted"], "description": "restricted: customer data; needs a security step."],
                "contractWeeks": ["type": "integer", "minimum": 1, "maximum": 104],
            ],
        ]
    )

    /// The default checks (every step's owner is one of `traits.owners`), then: a contractor
    /// with restricted access needs a step that security owns, and no step may fall due after
    /// the contract ends.
    func validate(_ request: TrackValidationRequest) throws -> [TrackProblem] {
        var problems = traits.problems(in: request.track)
        let fields = request.track["fields"]
        let steps = request.track["steps"]?.arrayValue ?? []
        if fields?["accessLevel"]?.stringValue == "restricted", !steps.contains(where: { $0["owner"]?.stringValue == "security" }) {
            problems.append(TrackProblem(path: "fields.accessLevel",
                                         message: "a restricted-access contractor track needs a step owned by security"))
        }
        if let contract = fields?["contractWeeks"]?.intValue {
            for (index, step) in steps.enumerated() {
                if let weeks = step["due"]?["weeks"]?.intValue, weeks > contract {
                    problems.append(TrackProblem(path: "steps[\(index)].due.weeks",
                                                 message: "due in week \(weeks), after the contract's \(contract) weeks"))
                }
            }
        }
        return problems
    }
}
