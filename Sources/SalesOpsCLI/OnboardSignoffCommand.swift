import ArgumentParser
import SalesOpsApp

/// `salesops onboard signoff PERSON STEP --by MANAGER`.
struct OnboardSignoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff",
        abstract: "Sign off a certification step (manager or customer sign-off); the step's verifier decides.",
        discussion: "Example: salesops onboard signoff ana.lima review-30-day --by maya.chen"
    )

    @Option(help: "Who signs off.")
    var by: String

    @OptionGroup var record: RecordOptions

    func run() throws {
        print(record.describe(try record.workspace.service.signoff(record.request, by: by)))
    }
}
