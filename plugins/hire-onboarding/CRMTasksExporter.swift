import SalesOpsPluginSDK

/// A checklist as a CRM task import: one row per step with the columns Salesforce's Data Loader
/// and HubSpot's task import map in their wizards.
struct CRMTasksExporter: ReportExporter {
    let id = "crm-tasks-csv"
    let summary = "A checklist as CRM tasks (CSV): Subject, Due Date, Status, Priority, Assignee, Description."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "openOnly": ["type": "boolean", "description": "Only steps not yet completed or waived (default false)."],
        ],
        "additionalProperties": false,
    ]
    let traits = ExporterTraits(mediaType: "text/csv", fileExtension: "csv", serves: [.checklist])

    func export(_ request: ExportRequest) throws -> ExportResponse {
        let params = try WireObject(request.params, path: "params")
        let openOnly: Bool
        switch params.members["openOnly"] {
        case nil, .null?: openOnly = false
        case .bool(let flag)?: openOnly = flag
        default: throw PluginFailure("params.openOnly must be true or false")
        }
        let checklist = try WireObject(request.payload, path: "payload")
        let person = try checklist.string("person")
        let track = try checklist.string("track")
        var lines = ["Subject,Due Date,Status,Priority,Assignee,Description"]
        for (index, value) in try checklist.array("items").enumerated() {
            let item = try WireObject(value, path: "payload.items[\(index)]")
            let status = try item.string("status")
            let done = status == "completed" || status == "waived"
            if openOnly, done { continue }
            let cells = [
                "\(track): \(try item.string("title")) (\(person))",
                try item.string("due"),
                done ? "Completed" : "Not Started",
                status == "overdue" ? "High" : "Normal",
                try item.string("owner"),
                try item.optionalString("description") ?? "",
            ]
            lines.append(cells.map(Self.field).joined(separator: ","))
        }
        return ExportResponse(content: lines.joined(separator: "\r\n") + "\r\n", mediaType: traits.mediaType)
    }

    /// RFC 4180 quoting; a cell a spreadsheet would read as a formula starts with `'`.
    static func field(_ text: String) -> String {
        var cell = text
        if let first = cell.first, "=+-@".contains(first) { cell = "'" + cell }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
