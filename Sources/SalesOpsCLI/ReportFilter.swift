import ArgumentParser
import SalesOpsApp
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// `--manager`, `--track`, `--cohort` and `--anonymize`, shared by the onboarding reports.
struct ReportFilter: ParsableArguments {
    @Option(help: "Only the people of this manager.")
    var manager: String?

    @Option(help: "Only enrolments on this track.")
    var track: String?

    @Option(help: ArgumentHelp("Only people who started in this month (YYYY-MM).", valueName: "month"))
    var cohort: String?

    @Flag(help: "Replace people's ids with stable pseudonyms (keyed by a secret kept in the store).")
    var anonymize = false

    func filter(person: String? = nil) throws -> EnrolmentFilter {
        if let cohort {
            let parts = cohort.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month),
                  Int(parts[0]) != nil
            else { throw OnboardOptionError.invalidCohort(cohort) }
        }
        return EnrolmentFilter(person: person, manager: manager, track: track, cohort: cohort)
    }
}

extension OnboardingWorkspace {
    /// The states a report's filter selects; a filter naming no track or manager in the
    /// store is an error with the nearest name.
    func states(matching options: ReportFilter) throws -> (states: [EnrolmentState], problems: [OnboardingError]) {
        let filter = try options.filter()
        let (states, problems) = try states(filter, anonymize: options.anonymize)
        if states.isEmpty, problems.isEmpty { try checkFilter(filter) }
        return (states, problems)
    }

    /// The states of every enrolment matching `filter`, each on its person's today, and the
    /// enrolments whose pinned version cannot be used: one such enrolment never hides the others.
    func states(_ filter: EnrolmentFilter, anonymize: Bool) throws -> (states: [EnrolmentState], problems: [OnboardingError]) {
        var inputs: [EnrolmentState.Input] = []
        var problems: [OnboardingError] = []
        for history in try store.histories(filter) {
            do {
                let plan = try plan(for: history.enrolment)
                inputs.append(EnrolmentState.Input(plan: plan, person: history.person, enrolment: history.enrolment,
                                                   events: history.events, today: today(for: history.person, plan: plan)))
            } catch let problem as OnboardingError {
                problems.append(problem)
            }
        }
        var states = EnrolmentState.derive(inputs)
        if anonymize {
            let pseudonyms = Pseudonymizer(key: try store.pseudonymKey())
            states = states.map(pseudonyms.anonymize)
            // A problem names its enrolment; under --anonymize it names the pseudonym instead.
            problems = problems.map { problem in
                guard case .enrolmentUnreadable(let key, let version, let detail) = problem else { return problem }
                return .enrolmentUnreadable(EnrolmentKey(person: pseudonyms.pseudonym(for: key.person), track: key.track),
                                            version: version, problem: detail)
            }
        }
        return (states, problems)
    }

    /// When a filter matched nothing because it names no track or manager in the store: an
    /// error with the nearest name. An empty store or a real empty match is not an error.
    func checkFilter(_ filter: EnrolmentFilter) throws {
        if let track = filter.track {
            let known = Set(try store.enrolments(person: nil).map(\.track)).sorted()
            if !known.isEmpty, !known.contains(track) {
                throw OnboardingError.unknownTrack(track, suggestion: Suggestion.nearest(to: track, in: known), known: known)
            }
        }
        if let manager = filter.manager {
            let known = Set(try store.people().compactMap(\.manager)).sorted()
            if !known.isEmpty, !known.contains(manager) {
                throw OnboardingError.unknownManager(manager, suggestion: Suggestion.nearest(to: manager, in: known), known: known)
            }
        }
    }
}
