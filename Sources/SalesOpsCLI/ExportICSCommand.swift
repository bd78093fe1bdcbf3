import ArgumentParser
import SalesOpsApp

/// `salesops export ics PERSON|--manager M`.
struct ExportICSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write a calendar (iCalendar) of due dates: a person's, or every report's of a manager.",
        discussion: """
            One all-day event per step of each enrolment (--tasks: VTODO tasks), the same calendar the \
            server's feeds serve. Every event keeps its UID across exports, and its SEQUENCE rises whenever \
            what it says changes (a completion, a waiver, a new due date, turning overdue), so importing \
            the file again updates the events instead of duplicating them.

            Examples:
              salesops export ics ana.lima > ana.ics
              salesops export ics --manager maya.chen --output team.ics
            """
    )

    @Argument(help: "A person in the store.")
    var person: String?

    @Option(help: ArgumentHelp("A manager: the due dates of everyone reporting to them.", valueName: "manager"))
    var manager: String?

    @Flag(help: "VTODO tasks instead of all-day events.")
    var tasks = false

    @OptionGroup var destination: OutputOptions

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if (person == nil) == (manager == nil) {
            throw ValidationError(person == nil ? "give PERSON (their calendar) or --manager M (their reports')" : "give PERSON or --manager, not both")
        }
    }

    func run() throws {
        let service = workspaceOptions.service
        let calendars = ChecklistService(onboarding: service)
        let stamp = Dates.stamp(today: workspaceOptions.store.today)
        let component: Checklist.ICalendarComponent = tasks ? .todo : .event
        let text: String
        var leftOut: [OnboardingError] = []
        if let manager {
            let report = try service.status(ReportQuery(manager: manager))
            text = try calendars.calendar(manager: manager, reports: report.rows, stamp: stamp, component: component)
            leftOut = report.problems
        } else {
            text = try calendars.calendar(person: person ?? "", stamp: stamp, component: component)
        }
        try destination.write(text, isTerminalSafe: true)
        try failIfLeftOut(leftOut)
    }
}
