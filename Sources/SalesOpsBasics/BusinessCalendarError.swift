/// Why a `BusinessCalendar` could not be built from a weekmask and holidays.
package enum BusinessCalendarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The weekmask marks no day as a working day, so no date could ever be due.
    case noWorkingDays(calendar: String)
    /// The weekmask does not have exactly seven entries (Monday … Sunday).
    case weekmaskLength(calendar: String, found: Int)
    /// The weekmask text is neither seven `0`/`1` digits nor day abbreviations.
    case unreadableWeekmask(calendar: String, text: String)

    package var description: String {
        switch self {
        case .noWorkingDays(let calendar):
            return "calendar \"\(calendar)\": the weekmask has no working day; mark at least one day, e.g. \"1111100\" for Monday to Friday"
        case .weekmaskLength(let calendar, let found):
            return "calendar \"\(calendar)\": the weekmask has \(found) days; expected 7, Monday first (e.g. \"1111100\")"
        case .unreadableWeekmask(let calendar, let text):
            return "calendar \"\(calendar)\": cannot read weekmask \"\(text)\"; expected seven 0/1 digits Monday first (\"1111100\") or day names (\"Mon Tue Wed Thu Fri\")"
        }
    }
}
