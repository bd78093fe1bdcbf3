import ArgumentParser
import SalesOpsApp
import SalesOpsOnboarding

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
        try OnboardingWorkspace.run {
            try record.recordEvent(actor: by) { workspace, state, plan, rules in
                try rules.attempt(state, plan: plan, step: record.step, on: record.on, signedOffBy: by, note: record.note,
                                 registry: try workspace.registry)
            }
        }
    }
}
