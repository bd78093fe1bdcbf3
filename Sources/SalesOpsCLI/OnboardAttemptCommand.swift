import ArgumentParser
import SalesOpsOnboarding

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
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() throws {
        try OnboardingSession.run {
            let date = try record.date()
            if let evidence, evidence < 0 { throw OnboardingError.negativeCount(option: "--evidence", value: evidence) }
            let session = try OnboardingSession(storeOptions, catalog: catalogOptions, plugins: pluginOptions, writing: true)
            try session.record(person: record.person, track: record.track) { state, plan, desk in
                try desk.attempt(state, plan: plan, step: record.step, on: date, score: score, evidence: evidence, value: value,
                                 note: record.note, registry: try session.registry)
            }
        }
    }
}
