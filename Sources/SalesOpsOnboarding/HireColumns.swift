import SalesOpsBasics

/// Which columns of a hires file hold which field. A column is read by its header, compared
/// without case and surrounding spaces: salesops's own names, the names common HR exports use
/// (`aliases`, the table in the README), or any header named with `--map FIELD=COLUMN`.
package struct HireColumns: Sendable, Hashable {
    /// The headers read as each field without a mapping: BambooHR, Workday, HiBob and Personio
    /// exports among them.
    package static let aliases: [(field: String, headers: [String])] = [
        ("person", ["person", "person id", "employee id", "employee_id", "employee #", "employee number", "employee no", "worker id", "eeid", "id"]),
        ("email", ["email", "work email", "email - primary work", "primary work email", "business email", "email address", "work e-mail"]),
        ("track", ["track", "onboarding track"]),
        ("start", ["start", "start date", "start_date", "hire date", "hire_date", "date of hire", "original hire date", "first day",
                   "first working day", "employment start date"]),
        ("manager", ["manager", "manager id", "manager_id", "manager employee id", "supervisor id", "supervisor eid", "reports to id",
                     "line manager id"]),
        ("timezone", ["timezone", "time zone", "time_zone"]),
        ("contact", ["contact", "customer contact"]),
    ]

    /// The header given for a field with `--map`; it replaces the aliases of that field.
    package var mapped: [String: String] = [:]
    /// `--map track=@TRACK`: every row is on this track (HR exports have no track column).
    package var fixedTrack: String?

    package init() {}

    /// Applies one `--map FIELD=COLUMN` (FIELD one of `HireRow.columns`), or `track=@TRACK`.
    package mutating func apply(_ setting: String) throws(ColumnMappingError) {
        let mapping = try ColumnMapping(setting, fields: HireRow.columns, what: "hire")
        if mapping.field == "track", mapping.column.hasPrefix("@") {
            fixedTrack = String(mapping.column.dropFirst())
            mapped["track"] = nil
        } else {
            mapped[mapping.field] = mapping.column
            if mapping.field == "track" { fixedTrack = nil }
        }
    }

    /// The field a header is read as, if any.
    func field(of header: String) -> String? {
        let name = Self.normalized(header)
        if let field = mapped.first(where: { Self.normalized($0.value) == name })?.key { return field }
        return Self.aliases.first { alias in
            mapped[alias.field] == nil && !(alias.field == "track" && fixedTrack != nil) && alias.headers.contains(name)
        }?.field
    }

    static func normalized(_ header: String) -> String {
        HireRow.trimmed(header).lowercased()
    }
}
