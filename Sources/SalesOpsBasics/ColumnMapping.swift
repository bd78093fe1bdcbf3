/// One `--map FIELD=COLUMN` setting: which column of a CSV export (its header, as written)
/// holds a field a reader needs. Shared by the readers of exports from other systems (seat
/// usage, hires), each with its own fields.
package struct ColumnMapping: Sendable, Hashable {
    /// The field, spelt as the reader names it.
    package var field: String
    /// The column's header, or what follows `=` (`@NAME` for a fixed value, where the reader allows it).
    package var column: String

    /// Reads `FIELD=COLUMN`, FIELD one of `fields` (any case); `what` names them in errors ("usage", "hire").
    package init(_ setting: String, fields: [String], what: String) throws(ColumnMappingError) {
        guard let equals = setting.firstIndex(of: "=") else {
            throw ColumnMappingError(setting: setting, fix: "give FIELD=COLUMN, FIELD one of \(Self.list(fields))")
        }
        let name = String(setting[..<equals])
        column = String(setting[setting.index(after: equals)...])
        guard let known = fields.first(where: { $0.lowercased() == name.lowercased() }) else {
            let hint = Suggestion.nearest(to: name, in: fields).map { "did you mean `\($0)`? " } ?? ""
            throw ColumnMappingError(setting: setting, fix: "`\(name)` is not a \(what) field; \(hint)map \(Self.list(fields))")
        }
        guard !column.isEmpty else { throw ColumnMappingError(setting: setting, fix: "give the column's header after `=`") }
        field = known
    }

    /// `a, b or c`.
    static func list(_ fields: [String]) -> String {
        fields.count < 2 ? fields.joined() : fields.dropLast().joined(separator: ", ") + " or " + fields.last!
    }
}

/// A `--map` setting that cannot be used, and the fix.
package struct ColumnMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    package var setting: String
    package var fix: String

    package var description: String { "--map \(setting): \(fix)" }
}
