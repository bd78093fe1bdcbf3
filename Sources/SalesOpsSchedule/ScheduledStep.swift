import SalesOpsBasics

/// A step's computed due date and the date it was counted from, so reports can explain it.
public struct ScheduledStep: Sendable, Hashable {
    /// What a due date was counted from.
    public enum Basis: Sendable, Hashable {
        /// The effective start (the start date rolled forward to a business day).
        case start
        /// The due date of the named step, which is not completed yet.
        case dueDate(of: String)
        /// The completion date of the named step.
        case completion(of: String)
    }

    public var id: String
    public var due: CalendarDate
    /// The date the offset was applied to.
    public var countedFrom: CalendarDate
    public var basis: Basis

    public init(id: String, due: CalendarDate, countedFrom: CalendarDate, basis: Basis) {
        self.id = id
        self.due = due
        self.countedFrom = countedFrom
        self.basis = basis
    }
}
