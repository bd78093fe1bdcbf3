import ArgumentParser
import SalesOpsApp

/// `salesops onboard status [PERSON | --manager M | --track T | --cohort YYYY-MM] [--by …]`.
struct OnboardStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where people stand: one person's steps, a list of enrolments, or rollups.",
        discussion: """
            Health: late when a step is overdue or a certification expired; at risk when the ramp forecast \
            (onboard forecast) finishes the track after its due date, or a certification is in its renewal \
            window; completed when every step is done; else on track. Withdrawn (onboard withdraw) and \
            paused (onboard pause) enrolments are neither late nor at risk.

            Examples:
              salesops onboard status ana.lima
              salesops onboard status --manager maya.chen --format markdown
              salesops onboard status --by cohort --anonymize --format json
              salesops onboard status --anonymize --min-group 3

            --anonymize names people by pseudonym only (rows ordered by it), shows ISO weeks instead \
            of dates, and shows a manager or track only for groups of at least --min-group people \
            (default 5); smaller groups are merged into (other), or withheld when that is still too small.
            """
    )

    @Argument(help: "One person: their steps in detail.")
    var person: String?

    @Option(help: ArgumentHelp("Roll up by manager, track or cohort (start month) instead of listing people.", valueName: "group"))
    var by: Rollup.Dimension?

    @OptionGroup var options: ReportOptions

    var format: ReportFormat { options.format }

    func validate() throws {
        if person != nil, options.filter.anonymize {
            throw ValidationError("--anonymize applies to team reports (a list or --by), not one person's status, which names them")
        }
    }

    func run() throws {
        let service = options.workspace.service
        if options.filter.anonymize {
            try runAnonymized(service)
            return
        }
        if let person {
            let state = try service.status(person: person, track: options.filter.track)
            if let warning = state.holidayWarning { Output.error("warning: \(warning)") }
            try options.emit(try personReport(state), as: .status)
            return
        }
        let report = try service.status(try options.filter.query())
        if let by {
            try options.emit(try rollupReport(Rollup.group(report.rows, by: by), by: by), as: .status)
        } else {
            try options.emit(try listReport(report.rows), as: .status)
        }
        Invocation.current.keepUntilExit(report)
        try failIfLeftOut(report.problems)
    }

    func runAnonymized(_ service: OnboardingService) throws {
        let query = try options.filter.query()
        if let by {
            let report = try service.anonymousRollups(query, by: by)
            try options.emit(try AnonymousReportRendering.render(report, key: "groups", format: format, header: Self.rollupHeader(by),
                                                                 cells: Self.rollupCells), as: .statusAnonymized)
            try failIfLeftOut(report.problems)
            return
        }
        let report = try service.anonymousStatus(query)
        // With --format ID the exporter gets this JSON document alone: pseudonyms and ISO weeks.
        try options.emit(try AnonymousReportRendering.render(
            report, key: "enrolments", format: format,
            header: ["PSEUDONYM", "MANAGER", "TRACK", "START WEEK", "PROGRESS", "HEALTH", "NEXT DUE WEEK"]) { row in
                [row.pseudonym, row.manager, row.track, row.startWeek.description, Self.percent(row.progress), row.health.label,
                 row.nextDueWeek?.description ?? ""]
            }, as: .statusAnonymized)
        try failIfLeftOut(report.problems)
    }

    func personReport(_ state: EnrolmentState) throws -> String {
        let header = ["STEP", "STATUS", "DUE", "DONE", "OWNER", "DETAIL"]
        let pastHolidayList = Set(state.holidayWarning?.steps.map(\.id) ?? [])
        let rows = state.steps.map { step in
            [step.id, step.status.label, step.due.description, step.doneOn?.description ?? "", step.owner,
             Self.detail(step, pastHolidayList: pastHolidayList.contains(step.id))]
        }
        switch format {
        case .json:
            return try Output.json(state)
        case .csv, .markdown:
            return format.render(header, rows)
        case .table:
            var lines = [
                "\(state.person.id) · \(state.trackTitle) (\(state.enrolment.track), version \(state.trackVersion.prefix(12)))",
                "start \(state.effectiveStart) · today \(state.today) · progress \(Self.percent(state.progress)) · \(state.health.label)"
                    + (state.nextDue.map { " · next due: \($0.id) \($0.due)" } ?? ""),
            ]
            lines += state.reasons.map { "  \($0)" }
            lines.append("")
            lines.append(format.render(header, rows))
            return lines.joined(separator: "\n")
        }
    }

    func listReport(_ states: [EnrolmentState]) throws -> String {
        if format == .json { return try Output.json(states.map(EnrolmentSummary.init)) }
        let header = ["PERSON", "MANAGER", "TRACK", "START", "PROGRESS", "HEALTH", "NEXT DUE", "WHY"]
        // Rows are built on every core, each state read in place rather than copied.
        let format = format
        let rows = Parallel.map(states.count) { index in
            [states[index].person.id, states[index].person.manager ?? "", states[index].enrolment.track,
             states[index].effectiveStart.description, Self.percent(states[index].progress), states[index].health.label,
             states[index].nextDue.map { "\($0.id) \($0.due)" } ?? "",
             format == .table ? Self.shortWhy(states[index].reasons) : states[index].reasons.joined(separator: "; ")]
        }
        guard format == .table else { return format.render(header, rows) }
        if states.isEmpty { return "No enrolments match." }
        // Withdrawn and paused enrolments are counted only when there are some.
        var tally: [EnrolmentHealth: Int] = [:]
        for index in states.indices { tally[states[index].health, default: 0] += 1 }
        let counts = EnrolmentHealth.allCases.compactMap { health -> String? in
            let count = tally[health] ?? 0
            return count == 0 && (health == .withdrawn || health == .paused) ? nil : "\(count) \(health.label)"
        }
        return format.render(header, rows) + "\n\n\(counted(states.count, "enrolment")): " + counts.joined(separator: ", ")
    }

    func rollupReport(_ rollups: [Rollup], by: Rollup.Dimension) throws -> String {
        if format == .json { return try Output.json(rollups) }
        return format.render(Self.rollupHeader(by), rollups.map(Self.rollupCells))
    }

    static func rollupHeader(_ by: Rollup.Dimension) -> [String] {
        [by.rawValue.uppercased(), "ENROLMENTS", "ON TRACK", "AT RISK", "LATE", "COMPLETED", "PAUSED", "WITHDRAWN",
         "CERTIFIED", "MEDIAN DAYS TO CERTIFY", "OVERDUE RATE"]
    }

    static func rollupCells(_ rollup: Rollup) -> [String] {
        [rollup.group, String(rollup.enrolments), String(rollup.onTrack), String(rollup.atRisk), String(rollup.late),
         String(rollup.completed), String(rollup.paused), String(rollup.withdrawn), String(rollup.certifications),
         rollup.medianDaysToCertify.map { JSONValue.text(of: $0) } ?? "-", percent(rollup.overdueRate)]
    }

    /// The first reason, cut to fit a table row; the person's own status shows them all.
    static func shortWhy(_ reasons: [String]) -> String {
        guard var first = reasons.first else { return "" }
        // A reason can list every overdue step: its characters are counted only as far as the cut,
        // and not at all when those are ASCII other than CR (one character a byte).
        let bytes = first.utf8
        if bytes.count > 60 {
            if !bytes.prefix(61).contains(where: { $0 >= 0x80 || $0 == 13 }) {
                first = String(decoding: bytes.prefix(59), as: UTF8.self) + "…"
            } else if first.prefix(61).count > 60 {
                first = String(first.prefix(59)) + "…"
            }
        }
        return reasons.count > 1 ? first + " (+\(reasons.count - 1))" : first
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// What a person needs to know about a step beyond its status.
    static func detail(_ step: StepState, pastHolidayList: Bool = false) -> String {
        var parts: [String] = []
        if pastHolidayList { parts.append("due past the calendar's holiday list") }
        if !step.blockedBy.isEmpty { parts.append("waits for " + step.blockedBy.joined(separator: ", ")) }
        if let period = step.periods.last {
            var text = "certified \(period.certifiedOn)"
            if let expires = period.expiresOn { text += ", expires \(expires)" }
            if step.periods.count > 1 { text += " (period \(period.number))" }
            parts.append(text)
        }
        if let attempt = step.attempts.last, step.status == .inProgress || step.status == .overdue {
            parts.append(attempt.isPending ? "attempt \(attempt.number) pending: \(attempt.reason)" : "attempt \(attempt.number): \(attempt.reason)")
        }
        return parts.joined(separator: "; ")
    }
}

extension Rollup.Dimension: ExpressibleByArgument {}
