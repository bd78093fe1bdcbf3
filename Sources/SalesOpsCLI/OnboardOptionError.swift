/// An option value the parser accepts but the command cannot use: exit code 1, like the
/// engine's refusals.
enum OnboardOptionError: Error, CustomStringConvertible {
    case invalidPeriod(option: String, text: String)
    case negativeCount(option: String, value: Int)
    case invalidCohort(String)
    case unreadableFile(String)
    case notUTF8(String)
    case minimumGroupTooSmall(Int)
    case minimumGroupWithoutAnonymize
    case badEvidenceItem(String, pair: String)

    var description: String {
        switch self {
        case .invalidPeriod(let option, let text):
            return "\(option): expected a period such as 30d, 6w, 12m or 1y, found \"\(text)\""
        case .negativeCount(let option, let value):
            return "\(option): expected 0 or more, found \(value)"
        case .invalidCohort(let text):
            return "--cohort: expected a start month as YYYY-MM (e.g. 2026-03), found \"\(text)\""
        case .unreadableFile(let path):
            return "cannot read \(path); check the path"
        case .notUTF8(let path):
            return "\(path) is not UTF-8 text; save it as UTF-8 CSV"
        case .minimumGroupTooSmall(let value):
            return "--min-group: expected 2 or more (a group of one is a person), found \(value)"
        case .minimumGroupWithoutAnonymize:
            return "--min-group sets the smallest group an anonymised report shows; add --anonymize"
        case .badEvidenceItem(let text, let pair):
            return "--evidence-item: expected FIELD=VALUE pairs separated by ';' (kind=call;customer=acme), found \"\(pair)\" in \"\(text)\""
        }
    }
}
