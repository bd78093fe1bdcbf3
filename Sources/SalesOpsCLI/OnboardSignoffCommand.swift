import ArgumentParser
import SalesOpsApp

/// `salesops onboard signoff PERSON STEP [--by SIGNER]`.
struct OnboardSignoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "Sign off a certification step (manager or customer sign-off); the step's verifier decides.",
        discussion: """
            Only whom the step allows may sign: a manager sign-off the enrolment's manager on that day or \
            an approver the step names (`approvers` in the track); a customer sign-off the customer contact \
            recorded at enrolment (--contact). Anyone else is refused with who may sign. The signer is \
            trusted as given: the command line does not authenticate.

            Example: salesops onboard signoff ana.lima review-30-day --by maya.chen
            """
    )

    @Option(help: ArgumentHelp("Who signs off (default: the actor, --as).", valueName: "person"))
    var by: String?

    @OptionGroup var record: RecordOptions

    func run() throws {
        print(record.describe(try record.workspace.service.signoff(record.request, by: by)))
    }
}
