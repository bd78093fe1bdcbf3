import ArgumentParser
import SalesOpsApp

/// `salesops onboard attempt PERSON STEP --score N`.
struct OnboardAttemptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attempt",
        abstract: "Record a certification attempt; the step's verifier plugin decides pass or fail.",
        discussion: """
            Give what the verifier checks: --score (quiz-score), --evidence (evidence-count), --value \
            (usage-threshold). Attempts beyond the step's maxAttempts are refused; a pass opens a \
            certification period of validFor, renewable from renewWithin before it ends.

            Example: salesops onboard attempt ana.lima cold-call-certification --score 86
            """
    )

    @Option(help: "The score reached.")
    var score: Double?

    @Option(help: "Pieces of evidence submitted.")
    var evidence: Int?

    @Option(help: "A measured value (active users, …).")
    var value: Double?

    @OptionGroup var record: RecordOptions

    func run() throws {
        try checkEvidence(evidence)
        let submission = AttemptSubmission(score: score, evidence: evidence, value: value)
        print(record.describe(try record.workspace.service.attempt(record.request, submitting: submission)))
    }
}
