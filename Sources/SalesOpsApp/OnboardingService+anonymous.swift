import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsStore

/// An anonymised report: rows that name people by pseudonym only (ordered by it), dates as ISO
/// weeks, and only groups of at least `minimumGroupSize` people (`AnonymousGroups`).
package struct AnonymousReport<Row: Sendable>: Sendable {
    package var rows: [Row]
    /// k: the fewest distinct people any group shown holds.
    package var minimumGroupSize: Int
    /// Enrolments left out because no group of theirs reaches k people.
    package var withheld: Int
    /// Enrolments that could not be evaluated, named by pseudonym.
    package var problems: [OnboardingError]
}

extension AnonymousReport where Row: Encodable {
    /// The report's JSON form (the CLI's `--format json`, the server's API): an object with
    /// `minGroupSize`, `withheldEnrolments` and the rows under `key`.
    package func document(key: String) -> AnonymousReportDocument<Row> {
        AnonymousReportDocument(minGroupSize: minimumGroupSize, withheldEnrolments: withheld, rows: rows, key: key)
    }
}

package struct AnonymousReportDocument<Row: Encodable & Sendable>: Encodable, Sendable {
    var minGroupSize: Int
    var withheldEnrolments: Int
    var rows: [Row]
    var key: String

    package func encode(to encoder: any Encoder) throws {
        try encoder.encodeFields(["minGroupSize": minGroupSize, "withheldEnrolments": withheldEnrolments,
                                  FieldKey(stringValue: key): rows])
    }
}

/// One enrolment in an anonymised list.
package struct AnonymousEnrolment: Sendable, Hashable, Encodable {
    package var pseudonym: String
    /// The manager, or `(other)` when their group is smaller than k.
    package var manager: String
    /// The track, or `(other)`.
    package var track: String
    package var startWeek: ISOWeek
    package var progress: Double
    package var health: EnrolmentHealth
    /// The week the earliest open step is due (not the step: it would give the track away).
    package var nextDueWeek: ISOWeek?
}

/// One overdue step in an anonymised list.
package struct AnonymousOverdueStep: Sendable, Hashable, Encodable {
    package var pseudonym: String
    package var manager: String
    package var track: String
    package var step: String
    package var owner: String
    package var dueWeek: ISOWeek
    /// Whole weeks past the due date (0 within the first week).
    package var weeksOverdue: Int
}

/// One expiring certification in an anonymised list.
package struct AnonymousCertification: Sendable, Hashable, Encodable {
    package var pseudonym: String
    package var manager: String
    package var track: String
    package var step: String
    package var certification: String
    package var certifiedWeek: ISOWeek
    package var renewalOpensWeek: ISOWeek?
    package var expiresWeek: ISOWeek
    package var state: CertificationPeriod.State
}

extension OnboardingService {
    /// The query's enrolments, anonymised (`status --anonymize`).
    package func anonymousStatus(_ query: ReportQuery) throws(AppError) -> AnonymousReport<AnonymousEnrolment> {
        try anonymous(query) { state, placement, pseudonym in
            [AnonymousEnrolment(pseudonym: pseudonym, manager: placement.manager, track: placement.track,
                                startWeek: ISOWeek(state.effectiveStart), progress: state.progress, health: state.health,
                                nextDueWeek: state.nextDue.map { ISOWeek($0.due) })]
        }
    }

    /// Rollups by `dimension`, groups smaller than k merged into `(other)` or withheld.
    package func anonymousRollups(_ query: ReportQuery, by dimension: Rollup.Dimension) throws(AppError) -> AnonymousReport<Rollup> {
        let workspace = try open(writing: false)
        let report = try workspace.report(query)
        let pseudonyms = try workspace.pseudonymizer()
        let grouped = Rollup.groupAnonymously(report.rows, by: dimension, minimumGroupSize: query.minimumGroupSize)
        return AnonymousReport(rows: grouped.rollups, minimumGroupSize: query.minimumGroupSize, withheld: grouped.withheld,
                               problems: pseudonyms.naming(report.problems))
    }

    /// Overdue steps, anonymised; the track is always shown (a step names it), so enrolments
    /// on a track with fewer than k people are withheld.
    package func anonymousOverdue(_ query: ReportQuery) throws(AppError) -> AnonymousReport<AnonymousOverdueStep> {
        try anonymous(query, keepingTrack: true) { state, placement, pseudonym in
            state.steps.filter { $0.status == .overdue }.map { step in
                AnonymousOverdueStep(pseudonym: pseudonym, manager: placement.manager, track: placement.track, step: step.id,
                                     owner: step.owner, dueWeek: ISOWeek(step.due), weeksOverdue: step.due.days(until: state.today) / 7)
            }
        }
    }

    /// Certifications expiring within `period` (and expired ones), anonymised; the track is always shown.
    package func anonymousExpiring(_ query: ReportQuery, within period: DatePeriod) throws(AppError)
        -> AnonymousReport<AnonymousCertification> {
        try anonymous(query, keepingTrack: true) { state, placement, pseudonym in
            let horizon = period.added(to: state.today)
            return state.steps.compactMap { step in
                guard let last = step.periods.last, let expires = last.expiresOn, expires <= horizon else { return nil }
                return AnonymousCertification(
                    pseudonym: pseudonym, manager: placement.manager, track: placement.track, step: step.id,
                    certification: step.certification ?? step.title, certifiedWeek: ISOWeek(last.certifiedOn),
                    renewalOpensWeek: last.renewalOpensOn.map(ISOWeek.init), expiresWeek: ISOWeek(expires),
                    state: last.state(on: state.today))
            }
        }
    }

    /// Rotates the store's pseudonym key: every pseudonym changes for good.
    package func rotatePseudonyms() throws(AppError) {
        let workspace = try open(writing: false)
        try OnboardingWorkspace.storing { () throws(StoreError) in try workspace.store.rotatePseudonymKey() }
    }

    /// The rows `make` builds for each enrolment the groups show, ordered by pseudonym.
    private func anonymous<Row>(
        _ query: ReportQuery, keepingTrack: Bool = false,
        _ make: (EnrolmentState, AnonymousGroups.Placement, String) -> [Row]
    ) throws(AppError) -> AnonymousReport<Row> {
        let workspace = try open(writing: false)
        let report = try workspace.report(query)
        let pseudonyms = try workspace.pseudonymizer()
        let groups = AnonymousGroups(report.rows, minimumGroupSize: query.minimumGroupSize, keepingTrack: keepingTrack)
        var keyed: [(key: String, row: Row)] = []
        for (index, state) in report.rows.enumerated() {
            guard let placement = groups.placements[index] else { continue }
            let pseudonym = pseudonyms.pseudonym(for: state.person.id)
            // The track breaks ties between one person's enrolments; the row's own order follows.
            for (position, row) in make(state, placement, pseudonym).enumerated() {
                keyed.append(("\(pseudonym)\u{0}\(state.enrolment.track)\u{0}\(position + 1_000_000)", row))
            }
        }
        keyed.sort { $0.key < $1.key }
        return AnonymousReport(rows: keyed.map(\.row), minimumGroupSize: query.minimumGroupSize, withheld: groups.withheld,
                               problems: pseudonyms.naming(report.problems))
    }
}

extension OnboardingWorkspace {
    /// Pseudonyms under the store's key (created on first use).
    func pseudonymizer() throws(AppError) -> Pseudonymizer {
        Pseudonymizer(key: try Self.storing { () throws(StoreError) in try store.pseudonymKey() })
    }
}

extension Pseudonymizer {
    /// The problems with each enrolment named by its pseudonym instead of the person.
    func naming(_ problems: [OnboardingError]) -> [OnboardingError] {
        problems.map { problem in
            guard case .enrolmentUnreadable(let key, let version, let detail) = problem else { return problem }
            return .enrolmentUnreadable(EnrolmentKey(person: pseudonym(for: key.person), track: key.track), version: version, problem: detail)
        }
    }
}
