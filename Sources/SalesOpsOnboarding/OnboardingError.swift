import SalesOpsBasics
import SalesOpsPlugins
import SalesOpsSchedule

/// Why an onboarding command was refused: what is wrong and how to fix it. Nothing is
/// written when one of these is thrown.
public enum OnboardingError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidPersonID(String)
    case unknownPerson(String, suggestion: String?)
    case notEnrolled(person: String, track: String?, tracks: [String])
    case severalEnrolments(person: String, tracks: [String])
    case alreadyEnrolled(person: String, track: String, start: CalendarDate)
    case enrolledWithOtherDetails(stored: Person, given: Person, track: String)
    case conflictingEvent(key: String, person: String)
    case unknownTrack(String, suggestion: String?, known: [String])
    case unknownCalendar(track: String, calendar: String)
    case unknownTrackKind(track: String, audience: String, known: [String])
    case invalidTrack(track: String, problems: [String])
    case unknownVerifier(step: String, verifier: String, known: [String])
    case unknownStep(String, track: String, suggestion: String?)
    case stepBlocked(step: String, openDependencies: [String])
    case alreadyDone(step: String, how: String, on: CalendarDate)
    case dateBeforeStart(CalendarDate, start: CalendarDate)
    case dateAfterToday(CalendarDate, today: CalendarDate)
    case certificationNeedsEvidence(step: String, verifier: String)
    case notACertification(step: String)
    case nothingToVerify(step: String, verifier: String)
    case attemptsUsedUp(step: String, maxAttempts: Int, lastReason: String)
    case alreadyCertified(step: String, expires: CalendarDate?, renewalOpens: CalendarDate?)
    case verifierFailed(step: String, verifier: String, message: String)
    case invalidDate(option: String, text: String)
    case invalidTimezone(String)
    case invalidPeriod(option: String, text: String)
    case negativeCount(option: String, value: Int)
    case invalidCohort(String)
    case unknownManager(String, suggestion: String?, known: [String])
    case unschedulable(track: String, ScheduleError)
    case storedDefinitionUnreadable(detail: String)
    /// An enrolment whose pinned version cannot be read or planned, with the repair.
    case enrolmentUnreadable(EnrolmentKey, version: String, problem: String)

    public var description: String {
        switch self {
        case .invalidPersonID(let id):
            return "\"\(id)\" is not a valid person id; use 1-64 letters, digits, `.`, `_`, `-` or `@` (e.g. ana.lima)"
        case .unknownPerson(let id, let suggestion):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? "; enrol them first with `salesops onboard enroll \(id) --track TRACK --start DATE`"
            return "no person \"\(id)\" in the store\(hint)"
        case .notEnrolled(let person, let track, let tracks):
            if let track {
                let list = tracks.isEmpty ? "no track" : tracks.joined(separator: ", ")
                return "\(person) is not enrolled in \(track) (enrolled in: \(list)); enrol them with `salesops onboard enroll \(person) --track \(track) --start DATE`"
            }
            return "\(person) is not enrolled in any track; enrol them with `salesops onboard enroll \(person) --track TRACK --start DATE`"
        case .severalEnrolments(let person, let tracks):
            return "\(person) is enrolled in \(tracks.joined(separator: " and ")); say which with --track"
        case .alreadyEnrolled(let person, let track, let start):
            return "\(person) is already enrolled in \(track) starting \(start); an enrolment is never moved, so enrol them in another track or keep this one"
        case .enrolledWithOtherDetails(let stored, let given, let track):
            let fields: [(String, String?, String?)] = [("manager", stored.manager, given.manager), ("email", stored.email, given.email),
                                                        ("timezone", stored.timezone, given.timezone)]
            let differences = fields.compactMap { name, old, new -> String? in
                guard let new, new != old else { return nil }
                return "\(name) \(old ?? "none") (given: \(new))"
            }
            return "\(stored.id) is already enrolled in \(track) with \(differences.joined(separator: ", ")); nothing was changed, since an enrolment is never silently changed"
        case .conflictingEvent(let key, let person):
            return "another event with key \(key) is stored already, so this one was not recorded; see `salesops onboard history \(person)`"
        case .unknownTrack(let name, let suggestion, let known):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? "; known tracks: \(known.joined(separator: ", "))"
            return "no track \"\(name)\" in the catalog\(hint)"
        case .unknownCalendar(let track, let calendar):
            return "track \(track) uses calendar \"\(calendar)\", which is not in the catalog; add it or fix spec.calendar"
        case .unknownTrackKind(let track, let audience, let known):
            let list = known.isEmpty ? "none is loaded; check `salesops plugins list`" : "loaded: \(known.joined(separator: ", "))"
            let remedy = BundledPlugin.provider(of: .trackKind, audience).map { "; \($0.remedy)" } ?? ""
            return "track \(track) has audience \"\(audience)\", but no plugin provides that track kind (\(list))\(remedy)"
        case .invalidTrack(let track, let problems):
            return "track \(track) does not pass its track kind's checks:\n" + problems.map { "  spec.\($0)" }.joined(separator: "\n")
        case .unknownVerifier(let step, let verifier, let known):
            let remedy = BundledPlugin.provider(of: .verifier, verifier).map(\.remedy) ?? "check `salesops plugins list`"
            return "step \(step) is certified by verifier \"\(verifier)\", which no loaded plugin provides (loaded: \(known.joined(separator: ", "))); \(remedy)"
        case .unknownStep(let step, let track, let suggestion):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? "; `salesops catalog show Track/\(track)` lists the steps"
            return "track \(track) has no step \"\(step)\"\(hint)"
        case .stepBlocked(let step, let open):
            return "step \(step) is blocked: \(open.joined(separator: ", ")) \(open.count == 1 ? "is" : "are") not done yet; complete or waive \(open.count == 1 ? "it" : "them") first"
        case .alreadyDone(let step, let how, let on):
            return "step \(step) was already \(how) on \(on); events are never changed, so there is nothing to record"
        case .dateBeforeStart(let date, let start):
            return "\(date) is before the enrolment's start (\(start)); give a date on or after it"
        case .dateAfterToday(let date, let today):
            return "\(date) is after today (\(today)); record things once they have happened (or pass --today)"
        case .certificationNeedsEvidence(let step, let verifier):
            return "step \(step) is a certification decided by verifier \(verifier); record an attempt with `onboard attempt` (--score, --evidence or --value), `onboard signoff --by MANAGER`, or give --evidence N here"
        case .notACertification(let step):
            return "step \(step) has no certification; record it with `salesops onboard complete PERSON \(step)`"
        case .nothingToVerify(let step, let verifier):
            return "nothing for verifier \(verifier) to check on step \(step); give --score N, --evidence N or --value N"
        case .attemptsUsedUp(let step, let maxAttempts, let lastReason):
            return "step \(step) allows \(maxAttempts) attempt\(maxAttempts == 1 ? "" : "s") and all are used (last: \(lastReason)); a further attempt is refused; a manager may waive the step with `onboard waive`"
        case .alreadyCertified(let step, let expires, let renewalOpens):
            if let expires, let renewalOpens {
                return "step \(step) is certified until \(expires); renewal opens on \(renewalOpens), attempt again from then"
            }
            if let expires { return "step \(step) is certified until \(expires); attempt again once it has expired" }
            return "step \(step) is already certified and the certification does not expire"
        case .verifierFailed(let step, let verifier, let message):
            return "verifier \(verifier) could not decide step \(step): \(message)"
        case .invalidDate(let option, let text):
            return "\(option): " + (CalendarDate.problem(reading: text) ?? "expected a date as YYYY-MM-DD, found \"\(text)\"")
        case .invalidTimezone(let zone):
            return "unknown time zone \"\(zone)\"; use an IANA name such as Europe/Berlin or America/New_York"
        case .invalidPeriod(let option, let text):
            return "\(option): expected a period such as 30d, 6w, 12m or 1y, found \"\(text)\""
        case .negativeCount(let option, let value):
            return "\(option): expected 0 or more, found \(value)"
        case .invalidCohort(let text):
            return "--cohort: expected a start month as YYYY-MM (e.g. 2026-03), found \"\(text)\""
        case .unknownManager(let manager, let suggestion, let known):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? "; managers in the store: \(known.joined(separator: ", "))"
            return "nobody in the store has manager \"\(manager)\"\(hint)"
        case .unschedulable(let track, let error):
            return "track \(track) cannot be scheduled:\n\(error)"
        case .storedDefinitionUnreadable(let detail):
            return "a stored track or calendar version cannot be read (\(detail)); the store may come from a newer salesops"
        case .enrolmentUnreadable(let key, let version, let problem):
            return "\(key): pinned track version \(version.prefix(12)) cannot be used: \(problem)\n  repair: `salesops onboard repin \(key.person) --track \(key.track)` re-pins it to the catalog's current version"
        }
    }
}
