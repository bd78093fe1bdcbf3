import SalesOpsPluginSDK

/// Passes when the milestone was completed on or before `params.by`, or else the step's due date.
struct MilestoneByDateVerifier: CertificationVerifier {
    let id = "milestone-by-date"
    let summary = "Completed on or before params.by (YYYY-MM-DD), or the step's due date when params.by is absent."
    let parameters: JSONValue = [
        "type": "object",
        "properties": [
            "by": ["type": "string", "format": "date", "description": "Deadline; the step's due date when absent."],
        ],
        "additionalProperties": false,
    ]

    func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
        let by = try WireObject(request.params, path: "params").optionalString("by")
        if let by, !isISODate(by) {
            throw PluginFailure("params.by must be a date as YYYY-MM-DD, found \"\(by)\"")
        }
        return request.attempts.map { attempt in
            guard let deadline = by ?? attempt.due else {
                return .fail("no deadline: set params.by or give the step a due date")
            }
            guard isISODate(attempt.date), isISODate(deadline) else {
                return .fail("dates must be YYYY-MM-DD (completed \(attempt.date), deadline \(deadline))")
            }
            // ISO dates of equal length order as strings do.
            return attempt.date <= deadline
                ? .pass("completed \(attempt.date), on or before \(deadline)")
                : .fail("completed \(attempt.date), after the deadline \(deadline)")
        }
    }

    private func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        for (index, byte) in bytes.enumerated() {
            let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if index == 4 || index == 7 ? byte != UInt8(ascii: "-") : !isDigit { return false }
        }
        return true
    }
}
