import ArgumentParser
import SalesOpsApp

/// `salesops onboard reschedule PERSON --start DATE [--keep-recorded]`.
struct OnboardRescheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reschedule",
        abstract: "Move an enrolment's start date; the steps re-flow from it.",
        discussion: """
            When steps are recorded already, it is refused with their names (their due dates would move \
            under them) unless --keep-recorded: recorded steps then stay as recorded and the rest re-flow.

            Example: salesops onboard reschedule chloe.martin --start 2026-03-16
            """
    )

    @Option(help: ArgumentHelp("The new start (YYYY-MM-DD); rolled forward to a business day.", valueName: "date"),
            transform: CalendarDate.argument)
    var start: CalendarDate

    @Flag(help: "Reschedule even though steps are recorded; they stay as recorded.")
    var keepRecorded = false

    @OptionGroup var options: LifecycleOptions

    func run() throws {
        let result = try options.workspace.service.reschedule(options.request, start: start, keepRecorded: keepRecorded)
        guard result.event != nil else {
            print("\(result.key) starts on \(start) already; nothing changed")
            return
        }
        var line = options.describe(result, "rescheduled to start \(result.state.effectiveStart)")
        if let next = result.state.nextDue { line += "; next due: \(next.id) \(next.due)" }
        print(line)
    }
}
