import ArgumentParser
import SalesOpsApp

/// `salesops onboard withdraw PERSON [--track T] --reason TEXT`.
struct OnboardWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw a person from a track: a leaver or a lost customer.",
        discussion: """
            The enrolment's open steps are no longer expected: it leaves the overdue, at-risk and expiring \
            lists, and reports show it as withdrawn. Its history stays; `onboard reenrol` starts a new cycle.

            Example: salesops onboard withdraw ben.okafor --reason "left the company"
            """
    )

    @Option(help: "Why (kept with the event).")
    var reason: String

    @OptionGroup var options: LifecycleOptions

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--reason must say why") }
    }

    func run() throws {
        let result = try options.workspace.service.withdraw(options.request, reason: reason)
        print(options.describe(result, "withdrawn on \(result.event?.date.description ?? "")"))
    }
}
