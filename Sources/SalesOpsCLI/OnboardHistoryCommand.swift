import ArgumentParser
import SalesOpsApp

/// `salesops onboard history PERSON`: every event, oldest first.
struct OnboardHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every recorded event of a person, in the order recorded.",
        discussion: "Example: salesops onboard history ana.lima"
    )

    @Argument(help: "The person's id.")
    var person: String

    @Option(help: "Only this track.")
    var track: String?

    @Option(help: "table, json, csv or markdown.")
    var format: ReportFormat = .table

    @Flag(help: "Refused: one person's history identifies them; use an aggregate report instead.")
    var anonymize = false

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if anonymize {
            throw ValidationError("onboard history lists one person's events, and their dates and steps identify them under any "
                + "pseudonym; for the team's picture use an aggregate such as `salesops onboard status --by cohort --anonymize`")
        }
    }

    struct Row: Encodable {
        var sequence: Int64
        var date: String
        var track: String
        var event: String
        var step: String?
        var detail: String
        var actor: String
        var recordedAt: String
    }

    func run() throws {
        let rows = try workspaceOptions.service.history(person: person, track: track).map { event in
            Row(sequence: event.sequence, date: event.date.description, track: event.enrolment.track,
                event: event.kind.rawValue, step: event.step, detail: Self.detail(event), actor: event.actor,
                recordedAt: event.recordedAt)
        }
        if format == .json {
            print(try Output.json(rows))
            return
        }
        print(format.render(["#", "DATE", "TRACK", "EVENT", "STEP", "DETAIL", "BY"],
                            rows.map { [String($0.sequence), $0.date, $0.track, $0.event, $0.step ?? "", $0.detail, $0.actor] }))
    }

    static func detail(_ event: OnboardingEvent) -> String {
        var parts: [String] = []
        let note: String?
        switch event.payload {
        case .enrolled:
            note = nil
        case .completed(_, let evidence, let given):
            if let evidence { parts.append("evidence \(evidence)") }
            note = given
        case .waived(_, let given):
            note = given
        case .attempted(_, let attempt):
            let given = attempt.submission
            parts.append("attempt \(attempt.number)")
            parts.append(attempt.passed ? "passed" : "failed")
            if let score = given.score { parts.append("score \(JSONValue.text(of: score))") }
            if let evidence = given.evidence { parts.append("evidence \(evidence)") }
            if let value = given.value { parts.append("value \(JSONValue.text(of: value))") }
            if let signer = given.signedOffBy { parts.append("signed off by \(signer)") }
            // The verifier's reason, unless it only repeats what is already said ("signed off by X").
            if !attempt.reason.isEmpty, !parts.joined(separator: " ").contains(attempt.reason) { parts.append("(\(attempt.reason))") }
            note = given.note
        case .repinned(let from, let to, let given):
            parts.append("version \(from.prefix(12)) → \(to.prefix(12))")
            note = given
        case .withdrawn(let reason):
            parts.append("reason: \(reason)")
            note = nil
        case .paused(let given), .resumed(let given):
            note = given
        case .transferred(let manager, let given):
            parts.append("manager \(manager)")
            note = given
        case .detailsChanged(let details, let given):
            if let email = details.email { parts.append("email \(email)") }
            if let timezone = details.timezone { parts.append("timezone \(timezone)") }
            if let contact = details.contact { parts.append("contact \(contact)") }
            note = given
        case .rescheduled(let start, let given):
            parts.append("start \(start)")
            note = given
        case .reenrolled(let start, let from, let to, let given):
            parts.append("new cycle from \(start)")
            if from != to { parts.append("version \(from.prefix(12)) → \(to.prefix(12))") }
            note = given
        }
        if let note { parts.append("note: \(note)") }
        return parts.joined(separator: " ")
    }
}
