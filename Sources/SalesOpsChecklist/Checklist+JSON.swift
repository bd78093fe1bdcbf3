import SalesOpsBasics

extension Checklist {
    /// The checklist as pretty-printed JSON with sorted keys (dates as `YYYY-MM-DD`,
    /// statuses as `pending`, `inProgress`, `completed`, `waived`, `blocked`, `overdue`).
    /// Decode it back with `JSONDecoder` and `Checklist.self`.
    package func json() throws -> String {
        try JSONValueEncoder().prettyText(self)
    }
}
