import ArgumentParser
import SalesOpsApp

/// `salesops onboard transfer PERSON --manager M [--on DATE]`.
struct OnboardTransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Give a person a new manager from a date.",
        discussion: """
            Recorded on each of the person's enrolments. Reports, rollups by manager and manager sign-offs \
            follow the date: before it the old manager, from it the new one (a later date is allowed).

            Example: salesops onboard transfer ana.lima --manager sam.ortiz --on 2026-04-01
            """
    )

    @Option(help: "The new manager's id.")
    var manager: String

    @OptionGroup var options: PersonChangeOptions

    func validate() throws {
        if !Person.isValidID(manager) {
            throw ValidationError("--manager \"\(manager)\" is not a person id: use 1-64 letters, digits, `.`, `_`, `-` or `@` (e.g. maya.chen)")
        }
    }

    func run() throws {
        let result = try options.workspace.service.transfer(options.request, to: manager)
        print(options.describe(result, "reports to \(manager)"))
    }
}
