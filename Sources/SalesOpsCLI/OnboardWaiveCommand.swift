import ArgumentParser
import SalesOpsApp

/// `salesops onboard waive PERSON STEP`.
struct OnboardWaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Excuse a person from a step; it counts as done (and unblocks what depends on it).",
        discussion: "Example: salesops onboard waive ana.lima tools-orientation --note \"joined from the SDR team\""
    )

    @OptionGroup var record: RecordOptions

    func run() throws {
        print(record.describe(try record.workspace.service.waive(record.request)))
    }
}
