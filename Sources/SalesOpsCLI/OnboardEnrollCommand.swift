import ArgumentParser
import SalesOpsApp

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

    @OptionGroup var contactDetails: ContactDetailsOptions

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if let manager, !Person.isValidID(manager) {
            throw ValidationError("--manager \"\(manager)\" is not a person id: use 1-64 letters, digits, `.`, `_`, `-` or `@` (e.g. maya.chen)")
        }
    }

    func run() throws {
        let result = try workspaceOptions.service.enrol(EnrolRequest(person: person, track: track, start: start, manager: manager,
                                                                     email: contactDetails.email, timezone: contactDetails.timezone, contact: contactDetails.contact))
        guard result.enrolled else {
            print("\(person) is already enrolled in \(track) starting \(start); nothing changed")
            return
        }
        var line = "Enrolled \(person) in \(track) (version \(result.trackVersion.prefix(12))), starting \(result.effectiveStart)"
        if result.effectiveStart != start { line += " (\(start) is not a business day)" }
        print(line)
    }
}
