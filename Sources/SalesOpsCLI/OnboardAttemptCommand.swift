import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops onboard attempt PERSON STEP --score N`.
struct OnboardAttemptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attempt",
        abstract: "Record a certification attempt; the step's verifier plugin decides pass or fail.",
        discussion: """
            Give what the verifier checks: --score (quiz-score), --evidence (evidence-count), --value \
            (usage-threshold), or pieces of evidence with their fields, one --evidence-item each, for \
            verifiers that read them. Attempts beyond the step's maxAttempts are refused; a pass opens a \
            certification period of validFor, renewable from renewWithin before it ends. A verifier may \
            leave an attempt pending (an outside review); the next attempt at the step resolves it.

            Example: salesops onboard attempt ana.lima cold-call-certification --score 86
            Example: salesops onboard attempt ana.lima shadow-calls --evidence-item 'kind=call;customer=acme;minutes=35'
            """
    )

    @Option(help: "The score reached.")
    var score: Double?

    @Option(help: "Pieces of evidence submitted.")
    var evidence: Int?

    @Option(help: "A measured value (active users, …).")
    var value: Double?

    @Option(name: .customLong("evidence-item"),
            help: ArgumentHelp("A piece of evidence as FIELD=VALUE pairs separated by ';' (repeatable).", valueName: "fields"))
    var evidenceItems: [String] = []

    @OptionGroup var record: RecordOptions

    func run() throws {
        try checkEvidence(evidence)
        let items = try evidenceItems.map { text throws(OnboardOptionError) in try Self.evidenceItem(text) }
        let submission = AttemptSubmission(score: score, evidence: evidence, value: value, evidenceItems: items)
        print(record.describe(try record.workspace.service.attempt(record.request, submitting: submission)))
    }

    /// `kind=call;customer=acme` as an item's fields; every pair needs a name and an `=`.
    static func evidenceItem(_ text: String) throws(OnboardOptionError) -> EvidenceItem {
        var fields: [String: String] = [:]
        for pair in text.split(separator: ";", omittingEmptySubsequences: true) {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw .badEvidenceItem(text, pair: String(pair))
            }
            fields[pair[..<equals].trimmingCharacters(in: .whitespaces)] = String(pair[pair.index(after: equals)...])
        }
        guard !fields.isEmpty else { throw .badEvidenceItem(text, pair: text) }
        return EvidenceItem(fields: fields)
    }
}
