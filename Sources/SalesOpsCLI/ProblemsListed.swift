/// A command that has listed its problems on stderr, one a line, and ends with exit code 1:
/// `SUMMARY (listed above); ADVICE`.
struct ProblemsListed: Error, CustomStringConvertible {
    /// What was found and what became of it: `store onboarding.db: 2 problems found`.
    var summary: String
    var advice: String

    var description: String { "\(summary) (listed above); \(advice)" }
}
