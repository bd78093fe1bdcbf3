/// The two reads behind `histories`, shared by both stores so they select the same columns
/// in the same order and filter the same way; each store adds its own placeholders.
package enum HistoryQuery {
    /// A WHERE clause naming only the filters given, so the database can use the enrolments'
    /// `(person, track)` index (a catch-all `(? IS NULL OR en.person = ?)` scans every row).
    /// `placeholder(n)` is the store's n-th parameter, counted from 1.
    package static func whereClause(_ filter: EnrolmentFilter, placeholder: (Int) -> String) -> (sql: String, values: [String])? {
        let terms: [(String, String?)] = [
            ("en.person = ", filter.person), ("p.manager = ", filter.manager), ("en.track = ", filter.track),
            ("substr(en.start, 1, 7) = ", filter.cohort),
        ]
        let present = terms.compactMap { term, value in value.map { (term, $0) } }
        guard !present.isEmpty else { return nil }
        let sql = present.enumerated().map { index, term in term.0 + placeholder(index + 1) }.joined(separator: " AND ")
        return (sql, present.map(\.1))
    }

    /// Enrolments with their people: id, person, track, track version, calendar version, start,
    /// email, manager, timezone, contact.
    package static func enrolments(where condition: String, orderedBy order: String) -> String {
        """
        SELECT en.id, en.person, en.track, en.track_version, en.calendar_version, en.start, p.email, p.manager, p.timezone,
               p.contact
        FROM enrolments en JOIN people p ON p.id = en.person
        WHERE \(condition)
        ORDER BY \(order)
        """
    }

    /// Those enrolments' events, by enrolment and then in store order: enrolment id, sequence,
    /// then `EventRow`'s columns from kind (2) to voided key (23).
    package static func events(where condition: String) -> String {
        """
        SELECT e.enrolment_id, e.id, e.kind, e.step, e.on_date, e.recorded_at, e.actor, e.note, e.evidence, e.score,
               e.value, e.signed_off_by, e.attempt_number, e.passed, e.reason, e.idempotency_key, e.from_version,
               e.to_version, e.manager, e.email, e.timezone, e.contact, e.start_date, e.voided_key
        FROM events e JOIN enrolments en ON en.id = e.enrolment_id JOIN people p ON p.id = en.person
        WHERE \(condition)
        ORDER BY e.enrolment_id, e.id
        """
    }
}
