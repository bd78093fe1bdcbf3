import ArgumentParser
import SalesOpsApp
import SalesOpsOnboarding

/// `salesops onboard waive PERSON STEP`.
struct OnboardWaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Excuse a person from a step; it counts as done (and unblocks what depends on it).",
        discussion: "Example: salesops onboard waive ana.lima tools-orientation --note \"joined from the SDR team\""
    )

    @OptionGroup var record: RecordOptions

    func run() throws {
        try OnboardingWorkspace.run {
            try record.recordEvent { workspace, state, plan, rules in
                try rules.waive(state, plan: plan, step: record.step, on: record.on, note: record.note)
            }
        }
    }
}
