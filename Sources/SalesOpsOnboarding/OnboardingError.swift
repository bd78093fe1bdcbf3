import SalesOpsBasics
import SalesOpsSchedule

/// Why an onboarding request was refused: what is wrong and how to fix it, in the domain's
/// words (a front end adds its own options and commands to the fix). Nothing is written when
/// one of these is thrown.
package enum OnboardingError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidPersonID(String)
    /// A person, track, step or manager that is not there.
    case notFound(NotFound)
    case notEnrolled(person: String, track: String?, tracks: [String])
    case severalEnrolments(person: String, tracks: [String])
    case alreadyEnrolled(person: String, track: String, start: CalendarDate)
    case enrolledWithOtherDetails(stored: Person, given: Person, track: String)
    case conflictingEvent(key: String, person: String)
    case unknownCalendar(track: String, calendar: String)
    case unknownTrackKind(track: String, audience: String, known: [String])
    case invalidTrack(track: String, problems: [String])
    case unknownVerifier(step: String, verifier: String, known: [String])
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
    case invalidTimezone(String)
    case unschedulable(track: String, ScheduleError)
    /// The track's calendar cannot date anything (a stored calendar with no working day…).
    case unusableCalendar(track: String, BusinessCalendarError)
    case storedDefinitionUnreadable(detail: String)
    /// An enrolment whose pinned version cannot be read or planned, with the repair.
    case enrolmentUnreadable(EnrolmentKey, version: String, problem: String)
    case enrolmentWithdrawn(EnrolmentKey, on: CalendarDate)
    case alreadyPaused(EnrolmentKey, since: CalendarDate)
    case pauseOverlaps(EnrolmentKey, day: CalendarDate, lastResumed: CalendarDate)
    case notPaused(EnrolmentKey)
    case dateBeforePause(CalendarDate, pausedOn: CalendarDate)
    /// Rescheduling would move due dates under steps already recorded.
    case rescheduleMovesRecorded(EnrolmentKey, steps: [String])
    /// A sign-off by someone the step does not accept; `allowed` is who may sign (empty: nobody is recorded).
    case signoffRefused(step: String, person: String, signer: String, verifier: String, allowed: [String], on: CalendarDate)
    /// A step recorded as done before a step it depends on was done.
    case doneBeforeDependency(step: String, on: CalendarDate, dependency: String, doneOn: CalendarDate)

    package var description: String {
        switch self {
        case .invalidPersonID(let id):
            return "\"\(id)\" is not a valid person id; use 1-64 letters, digits, `.`, `_`, `-` or `@` (e.g. ana.lima)"
        case .notFound(let notFound):
            return notFound.description
        case .notEnrolled(let person, let track, let tracks):
            guard let track else { return "\(person) is not enrolled in any track" }
            let list = tracks.isEmpty ? "no track" : tracks.joined(separator: ", ")
            return "\(person) is not enrolled in \(track) (enrolled in: \(list))"
        case .severalEnrolments(let person, let tracks):
            return "\(person) is enrolled in \(tracks.joined(separator: " and ")); say which track"
        case .alreadyEnrolled(let person, let track, let start):
            return "\(person) is already enrolled in \(track) starting \(start); an enrolment is never moved, so enrol them in another track or keep this one"
        case .enrolledWithOtherDetails(let stored, let given, let track):
            let fields: [(String, String?, String?)] = [("manager", stored.manager, given.manager), ("email", stored.email, given.email),
                                                        ("timezone", stored.timezone, given.timezone), ("contact", stored.contact, given.contact)]
            let differences = fields.compactMap { name, old, new -> String? in
                guard let new, new != old else { return nil }
                return "\(name) \(old ?? "none") (given: \(new))"
            }
            return "\(stored.id) is already enrolled in \(track) with \(differences.joined(separator: ", ")); nothing was changed, since an enrolment is never silently changed"
        case .conflictingEvent(let key, let person):
            return "another event with key \(key) is stored already, so this one was not recorded; see \(person)'s history"
        case .unknownCalendar(let track, let calendar):
            return "track \(track) uses calendar \"\(calendar)\", which is not in the catalog; add it or fix spec.calendar"
        case .unknownTrackKind(let track, let audience, let known):
            let list = known.isEmpty ? "none is loaded" : "loaded: \(known.joined(separator: ", "))"
            return "track \(track) has audience \"\(audience)\", but no plugin provides that track kind (\(list))"
        case .invalidTrack(let track, let problems):
            return "track \(track) does not pass its track kind's checks:\n" + problems.map { "  spec.\($0)" }.joined(separator: "\n")
        case .unknownVerifier(let step, let verifier, let known):
            return "step \(step) is certified by verifier \"\(verifier)\", which no loaded plugin provides (loaded: \(known.joined(separator: ", ")))"
        case .stepBlocked(let step, let open):
            return "step \(step) is blocked: \(open.joined(separator: ", ")) \(open.count == 1 ? "is" : "are") not done yet; complete or waive \(open.count == 1 ? "it" : "them") first"
        case .alreadyDone(let step, let how, let on):
            return "step \(step) was already \(how) on \(on); events are never changed, so there is nothing to record"
        case .dateBeforeStart(let date, let start):
            return "\(date) is before the enrolment's start (\(start)); give a date on or after it"
        case .dateAfterToday(let date, let today):
            return "\(date) is after today (\(today)); record things once they have happened"
        case .certificationNeedsEvidence(let step, let verifier):
            return "step \(step) is a certification decided by verifier \(verifier); record an attempt with a score, evidence or a value, or a manager's sign-off"
        case .notACertification(let step):
            return "step \(step) has no certification; record it as completed"
        case .nothingToVerify(let step, let verifier):
            return "nothing for verifier \(verifier) to check on step \(step); give a score, evidence or a value"
        case .attemptsUsedUp(let step, let maxAttempts, let lastReason):
            return "step \(step) allows \(counted(maxAttempts, "attempt")) and all are used (last: \(lastReason)); a further attempt is refused; a manager may waive the step"
        case .alreadyCertified(let step, let expires, let renewalOpens):
            if let expires, let renewalOpens {
                return "step \(step) is certified until \(expires); renewal opens on \(renewalOpens), attempt again from then"
            }
            if let expires { return "step \(step) is certified until \(expires); attempt again once it has expired" }
            return "step \(step) is already certified and the certification does not expire"
        case .verifierFailed(let step, let verifier, let message):
            return "verifier \(verifier) could not decide step \(step): \(message)"
        case .invalidTimezone(let zone):
            return "unknown time zone \"\(zone)\"; use an IANA name such as Europe/Berlin or America/New_York"
        case .unschedulable(let track, let error):
            return "track \(track) cannot be scheduled:\n\(error)"
        case .unusableCalendar(let track, let error):
            return "track \(track) cannot be scheduled: \(error)"
        case .storedDefinitionUnreadable(let detail):
            return "a stored track or calendar version cannot be read (\(detail)); the store may come from a newer salesops"
        case .enrolmentUnreadable(let key, let version, let problem):
            return "\(key): pinned track version \(version.prefix(12)) cannot be used: \(problem); re-pin it to the catalog's current version"
        case .enrolmentWithdrawn(let key, let on):
            return "\(key) was withdrawn on \(on); nothing more is recorded on a withdrawn enrolment; re-enrol to start a new cycle"
        case .alreadyPaused(let key, let since):
            return "\(key) is paused since \(since); resume it first"
        case .pauseOverlaps(let key, let day, let lastResumed):
            return "\(key) was on leave until \(lastResumed); a new pause starts on or after it, not on \(day)"
        case .notPaused(let key):
            return "\(key) is not paused, so there is nothing to resume"
        case .dateBeforePause(let day, let pausedOn):
            return "\(day) is before the pause began (\(pausedOn)); resume on or after it"
        case .rescheduleMovesRecorded(let key, let steps):
            return "\(key) has recorded steps (\(steps.joined(separator: ", "))), whose due dates a new start would move; keep them as recorded and re-flow the rest explicitly"
        case .signoffRefused(let step, let person, let signer, let verifier, let allowed, let on):
            let who: String
            switch verifier {
            case "manager-signoff": who = "\(person)'s manager on \(on) or an approver the step names"
            case "customer-signoff": who = "the customer contact recorded for \(person)"
            default: who = "an approver the step names"
            }
            let names = allowed.isEmpty ? "nobody is recorded" : allowed.joined(separator: ", ")
            return "\(signer) may not sign off \(step) for \(person); only \(who) may: \(names)"
        case .doneBeforeDependency(let step, let on, let dependency, let doneOn):
            return "step \(step) cannot be done on \(on): it depends on \(dependency), done on \(doneOn); give a date on or after \(doneOn)"
        }
    }
}
