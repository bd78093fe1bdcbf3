import SalesOpsPluginSDK

/// Security and procurement reviews of tools: the catalog kind `VendorReview`, one document
/// per review, and the criterion `vendor-review` that scores candidates by their latest one.
let plugin = PluginDefinition(
    id: "vendor-review",
    version: "1.0.0",
    summary: "Vendor security reviews as catalog documents (kind VendorReview) and a criterion that scores tools by them.",
    criteria: [VendorReviewCriterion()],
    catalogKinds: [VendorReviewKind.descriptor]
)

@_cdecl("salesops_plugin_entry")
public func salesopsPluginEntry(_ hostABI: UInt32) -> UnsafePointer<salesops_plugin_table>? {
    plugin.entry(hostABI: hostABI)
}

/// `kind: VendorReview`: the outcome of one review of a tool by security or procurement.
enum VendorReviewKind {
    static let name = "VendorReview"
    static let statuses = ["approved", "conditional", "rejected"]

    static let descriptor = CatalogKindDescriptor(
        kind: name,
        summary: "A security or procurement review of a catalog Tool: approved, conditional or rejected, and when.",
        spec: [
            "type": "object",
            "properties": [
                "tool": ["type": "string", "description": "The catalog Tool reviewed."],
                "status": ["enum": .array(statuses.map(JSONValue.string)), "description": "The review's outcome."],
                "reviewedOn": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD; the latest review of a tool counts."],
                "reviewer": ["type": "string", "description": "Who reviewed it (a person or team)."],
                "findings": ["type": "array", "items": ["type": "string"], "description": "What stands open, for a conditional approval."],
            ],
            "required": ["tool", "status", "reviewedOn"],
            "additionalProperties": false,
        ]
    )
}

/// 1 for a tool whose latest review approved it, `conditional` (0.5) for a conditional approval,
/// 0 for a rejection, and no value for a tool never reviewed (the evaluation's `missingData` decides).
struct VendorReviewCriterion: CriterionScorer {
    let id = "vendor-review"
    let summary = "The latest VendorReview of each tool: 1 approved, params.conditional (0.5) conditional, 0 rejected, no value when never reviewed."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "conditional": ["type": "number", "minimum": 0, "maximum": 1, "description": "The score of a conditional approval (0.5)."],
        ],
        "additionalProperties": false,
    ]
    var candidateFields: [String]? { ["metadata.name"] }
    var reads: [String] { [VendorReviewKind.name] }

    func score(_ request: CriterionRequest) throws -> [Double?] {
        let conditional = try WireObject(request.params, path: "params").optionalNumber("conditional") ?? 0.5
        // The latest review per tool; dates are YYYY-MM-DD, so text order is date order, and a
        // later document wins a tie.
        var latest: [String: (date: String, status: String)] = [:]
        for review in request.documents[VendorReviewKind.name] ?? [] {
            guard let tool = review["spec"]?["tool"]?.stringValue, let status = review["spec"]?["status"]?.stringValue else { continue }
            let date = review["spec"]?["reviewedOn"]?.stringValue ?? ""
            if let known = latest[tool], known.date > date { continue }
            latest[tool] = (date, status)
        }
        return request.candidates.map { candidate in
            guard let name = candidate["metadata"]?["name"]?.stringValue, let review = latest[name] else { return nil }
            switch review.status {
            case "approved": return 1
            case "conditional": return conditional
            default: return 0
            }
        }
    }
}
