/// The verbs salesops reads and writes: the ADL vocabulary's, and cmi5's for waivers.
package enum XAPIVerb: String, Sendable, Hashable, CaseIterable {
    case completed = "http://adlnet.gov/expapi/verbs/completed"
    case passed = "http://adlnet.gov/expapi/verbs/passed"
    case failed = "http://adlnet.gov/expapi/verbs/failed"
    case registered = "http://adlnet.gov/expapi/verbs/registered"
    case voided = "http://adlnet.gov/expapi/verbs/voided"
    case waived = "https://w3id.org/xapi/adl/verbs/waived"
    case satisfied = "https://w3id.org/xapi/adl/verbs/satisfied"

    /// The verb's `display` word (en-US).
    package var word: String {
        switch self {
        case .completed: return "completed"
        case .passed: return "passed"
        case .failed: return "failed"
        case .registered: return "registered"
        case .voided: return "voided"
        case .waived: return "waived"
        case .satisfied: return "satisfied"
        }
    }
}
