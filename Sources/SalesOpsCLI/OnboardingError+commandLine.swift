import SalesOpsOnboarding
import SalesOpsPlugins

extension OnboardingError {
    /// The refusal as the command line words it: the domain's message with the fix spelled
    /// out as the options and commands to type (the domain's messages name neither).
    var commandLineMessage: String {
        switch self {
        case .unknownPerson(let id, nil):
            return description + "; enrol them first with `salesops onboard enroll \(id) --track TRACK --start DATE`"
        case .notEnrolled(let person, let track, _):
            return description + "; enrol them with `salesops onboard enroll \(person) --track \(track ?? "TRACK") --start DATE`"
        case .severalEnrolments(let person, let tracks):
            return "\(person) is enrolled in \(tracks.joined(separator: " and ")); say which with --track"
        case .dateAfterToday:
            return description + " (or pass --today)"
        case .certificationNeedsEvidence(let step, let verifier):
            return "step \(step) is a certification decided by verifier \(verifier); record an attempt with `onboard attempt` (--score, --evidence or --value), `onboard signoff --by MANAGER`, or give --evidence N here"
        case .nothingToVerify(let step, let verifier):
            return "nothing for verifier \(verifier) to check on step \(step); give --score N, --evidence N or --value N"
        case .conflictingEvent(let key, let person):
            return "another event with key \(key) is stored already, so this one was not recorded; see `salesops onboard history \(person)`"
        case .unknownTrackKind(let track, let audience, let known):
            let list = known.isEmpty ? "none is loaded; check `salesops plugins list`" : "loaded: \(known.joined(separator: ", "))"
            let remedy = BundledPlugin.provider(of: .trackKind, audience).map { "; \($0.remedy)" } ?? ""
            return "track \(track) has audience \"\(audience)\", but no plugin provides that track kind (\(list))\(remedy)"
        case .unknownVerifier(_, let verifier, _):
            return description + "; " + (BundledPlugin.provider(of: .verifier, verifier)?.remedy ?? "check `salesops plugins list`")
        case .unknownStep(_, let track, nil):
            return description + "; `salesops catalog show Track/\(track)` lists the steps"
        case .notACertification(let step):
            return "step \(step) has no certification; record it with `salesops onboard complete PERSON \(step)`"
        case .attemptsUsedUp:
            return description + " with `onboard waive`"
        case .enrolmentUnreadable(let key, let version, let problem):
            return "\(key): pinned track version \(version.prefix(12)) cannot be used: \(problem)\n  repair: `salesops onboard repin \(key.person) --track \(key.track)` re-pins it to the catalog's current version"
        default:
            return description
        }
    }
}

/// An option value the parser accepts but the command cannot use: exit code 1, like the
/// engine's refusals.
enum OnboardOptionError: Error, CustomStringConvertible {
    case invalidPeriod(option: String, text: String)
    case negativeCount(option: String, value: Int)
    case invalidCohort(String)

    var description: String {
        switch self {
        case .invalidPeriod(let option, let text):
            return "\(option): expected a period such as 30d, 6w, 12m or 1y, found \"\(text)\""
        case .negativeCount(let option, let value):
            return "\(option): expected 0 or more, found \(value)"
        case .invalidCohort(let text):
            return "--cohort: expected a start month as YYYY-MM (e.g. 2026-03), found \"\(text)\""
        }
    }
}
