import SalesOpsPluginSDK

/// Onboarding work as a CRM task import, with the columns Salesforce's Data Loader and HubSpot's
/// task import map in their wizards: a checklist or one person's status gives a task per step; a
/// status list gives each enrolment's next step.
struct CRMTasksExporter: ReportExporter {
    let id = "crm-tasks-csv"
    let summary = "Onboarding steps as CRM tasks (CSV): Subject, Due Date, Status, Priority, Assignee, Description."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "openOnly": ["type": "boolean", "description": "Only steps not yet completed or waived (default false)."],
        ],
        "additionalProperties": false,
    ]
    let traits = ExporterTraits(mediaType: "text/csv", fileExtension: "csv", serves: [.checklist, .status])

    /// One task: subject, due date, the step's status, whether it is late, who owns it, notes.
    struct Task {
        var subject: String, due: String, status: String, late: Bool, assignee: String, description: String
    }

    func export(_ request: ExportRequest) throws -> ExportResponse {
        let params = try WireObject(request.params, path: "params")
        let openOnly: Bool
        switch params.members["openOnly"] {
        case nil, .null?: openOnly = false
        case .bool(let flag)?: openOnly = flag
        default: throw PluginFailure("params.openOnly must be true or false")
        }
        var lines = ["Subject,Due Date,Status,Priority,Assignee,Description"]
        for task in try tasks(request.payload) {
            let done = task.status == "completed" || task.status == "waived"
            if openOnly, done { continue }
            let cells = [task.subject, task.due, done ? "Completed" : "Not Started", task.late ? "High" : "Normal", task.assignee, task.description]
            lines.append(cells.map(Self.field).joined(separator: ","))
        }
        return ExportResponse(content: lines.joined(separator: "\r\n") + "\r\n", mediaType: traits.mediaType)
    }

    func tasks(_ payload: JSONValue) throws -> [Task] {
        if case .array(let enrolments) = payload {
            // `onboard status`: each enrolment's next step, late when the enrolment is.
            return try enrolments.enumerated().compactMap { index, value in
                let enrolment = try WireObject(value, path: "payload[\(index)]")
                guard enrolment.members["person"] != nil else {
                    throw PluginFailure("crm-tasks-csv renders a status list or one person's status, not a rollup (--by)")
                }
                guard enrolment.members["nextDue"] != nil else { return nil }
                let next = try WireObject(try enrolment.object("nextDue"), path: "payload[\(index)].nextDue")
                let reasons = try enrolment.array("reasons").compactMap { value -> String? in
                    if case .string(let text) = value { return text }
                    return nil
                }
                return Task(subject: "\(try enrolment.string("track")): \(try next.string("step")) (\(try enrolment.string("person")))",
                            due: try next.string("due"), status: "open", late: try enrolment.string("health") == "late",
                            assignee: try enrolment.optionalString("manager") ?? "", description: reasons.joined(separator: "; "))
            }
        }
        let document = try WireObject(payload, path: "payload")
        // A checklist has `items`; one person's status has `steps`.
        let key = document.members["items"] != nil ? "items" : "steps"
        let person: String
        let track: String
        if key == "items" {
            person = try document.string("person")
            track = try document.string("track")
        } else {
            person = try WireObject(try document.object("person"), path: "payload.person").string("id")
            track = try document.string("trackTitle")
        }
        return try document.array(key).enumerated().map { index, value in
            let item = try WireObject(value, path: "payload.\(key)[\(index)]")
            let status = try item.string("status")
            return Task(subject: "\(track): \(try item.string("title")) (\(person))", due: try item.string("due"), status: status,
                        late: status == "overdue", assignee: try item.string("owner"), description: try item.optionalString("description") ?? "")
        }
    }

    /// RFC 4180 quoting; a cell a spreadsheet would read as a formula starts with `'`.
    static func field(_ text: String) -> String {
        var cell = text
        if let first = cell.first, "=+-@".contains(first) { cell = "'" + cell }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }
}
