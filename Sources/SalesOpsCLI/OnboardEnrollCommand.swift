import ArgumentParser
import SalesOpsApp
import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// `salesops onboard enroll PERSON --track T --start DATE`.
struct OnboardEnrollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enroll",
        abstract: "Enrol a person on a track from a start date.",
        discussion: """
            The enrolment is pinned to the track's current version (a SHA-256 of its content): later \
            changes to the track do not move this person's steps. The track is checked by its track kind \
            (a plugin). Enrolling again with the same start and details changes nothing; another start, \
            manager, email or time zone is refused (exit 1).

            Example: salesops onboard enroll ana.lima --track sdr-30-60-90 --start 2026-03-02 --manager maya.chen
            """
    )

    @Argument(help: "The person's id: letters, digits, ., _, - or @ (e.g. ana.lima).")
    var person: String

    @Option(help: "The track's name in the catalog.")
    var track: String

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD); rolled forward to a business day.", valueName: "date"), transform: CalendarDate.argument)
    var start: CalendarDate

    @Option(help: "The person's manager (for --manager reports and sign-offs).")
    var manager: String?

    @Option(help: "The person's email address.")
    var email: String?

    @Option(help: ArgumentHelp("IANA time zone (default: the track calendar's).", valueName: "zone"))
    var timezone: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if let manager, !Person.isValidID(manager) {
            throw ValidationError("--manager \"\(manager)\" is not a person id: use 1-64 letters, digits, `.`, `_`, `-` or `@` (e.g. maya.chen)")
        }
        if let email, !Person.isValidEmail(email) {
            throw ValidationError("--email \"\(email)\" is not an email address (name@domain, at most \(Person.maxEmailLength) characters)")
        }
    }

    func run() throws {
        try OnboardingWorkspace.run {
            guard Person.isValidID(person) else { throw OnboardingError.invalidPersonID(person) }
            if let timezone, TimeZone(identifier: timezone) == nil { throw OnboardingError.invalidTimezone(timezone) }
            let workspace = try workspaceOptions.open(writing: true)
            let version = try workspace.currentVersion(of: track)
            let newPerson = Person(id: person, email: email, manager: manager, timezone: timezone)
            let enrolment = Enrolment(key: EnrolmentKey(person: person, track: track), trackVersion: version.hash,
                                      calendarVersion: version.calendarHash, start: start)
            let plan = try TrackPlan(version: version)
            let rules = workspace.rules(today: workspace.today(for: newPerson, plan: plan))
            // Decided under the write lock: of two enrolments racing, the second sees the first.
            let enrolled = try workspace.store.exclusive { () throws -> Bool in
                let existing = try workspace.store.enrolments(person: person).first { $0.track == track }
                guard let event = try rules.enrol(enrolment, person: newPerson, existing: existing,
                                                 stored: try workspace.store.person(person)) else { return false }
                try workspace.store.write(StoreBatch(people: [newPerson], definitions: StoredDefinition.pinning(version),
                                                   enrolments: [enrolment], events: [event]))
                return true
            }
            guard enrolled else {
                print("\(person) is already enrolled in \(track) starting \(start); nothing changed")
                return
            }
            let effective = plan.schedule(start: start).effectiveStart
            var line = "Enrolled \(person) in \(track) (version \(version.shortHash)), starting \(effective)"
            if effective != start { line += " (\(start) is not a business day)" }
            print(line)
        }
    }
}
