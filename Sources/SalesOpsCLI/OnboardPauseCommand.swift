import ArgumentParser
import SalesOpsApp

/// `salesops onboard pause PERSON [--track T] [--on DATE]`.
struct OnboardPauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Pause an enrolment for a leave of absence.",
        discussion: """
            While paused, the steps not done move by the business days paused so far, so nothing falls \
            overdue; `onboard resume` ends the leave and the due dates keep that move.

            Example: salesops onboard pause chloe.martin --on 2026-04-06 --note "parental leave"
            """
    )

    @OptionGroup var options: LifecycleOptions

    func run() throws {
        let result = try options.workspace.service.pause(options.request)
        print(options.describe(result, "paused from \(result.event?.date.description ?? "")"))
    }
}
