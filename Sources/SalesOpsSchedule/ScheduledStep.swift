import SalesOpsBasics

/// A step's computed due date and the date it was counted from, so reports can explain it.
package struct ScheduledStep: Sendable, Hashable {
    /// What a due date was counted from.
    package enum Basis: Sendable, Hashable {
        /// The effective start (the start date rolled forward to a business day).
        case start
        /// The due date of the named step, which is not completed yet.
        case dueDate(of: String)
        /// The completion date of the named step.
        case completion(of: String)
    }

    package var id: String
    package var due: CalendarDate
    /// The date the offset was applied to.
    package var countedFrom: CalendarDate
    package var basis: Basis
}
