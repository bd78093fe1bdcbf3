import ArgumentParser
import SalesOpsApp

/// `salesops onboard complete PERSON STEP`.
struct OnboardCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Record that a person completed a step.",
        discussion: """
            A step whose dependencies are not done is blocked and cannot be completed: complete or waive \
            the dependencies first. On a certification step, --evidence N is passed to the step's verifier \
            as an attempt (use `onboard attempt` for scores).

            Examples:
              salesops onboard complete ana.lima product-training
              salesops onboard complete ana.lima shadow-discovery-calls --evidence 5 --on 2026-03-20
            """
    )

    @Option(help: "How many pieces of evidence were submitted (for evidence-based certifications).")
    var evidence: Int?

    @OptionGroup var record: RecordOptions

    func run() throws {
        try checkEvidence(evidence)
        print(record.describe(try record.workspace.service.complete(record.request, evidence: evidence)))
    }
}
