import SalesOpsBasics
import SalesOpsYAML

/// Working days and holidays: `kind: Calendar`.
public typealias CalendarDescriptor = Descriptor<CalendarSpec>

public struct CalendarSpec: Codable, Sendable, YAMLValidating {
    /// IANA time zone of the people on this calendar ("today" is their date there).
    public var timezone: String
    /// Working weekdays (default Monday to Friday).
    public var weekmask: [Weekday]?
    public var holidays: [Holiday]?

    public var workingDays: [Weekday] { weekmask ?? [.mon, .tue, .wed, .thu, .fri] }

    public func validationProblems() -> [YAMLValidationProblem] {
        var problems: [YAMLValidationProblem] = []
        if let weekmask, weekmask.isEmpty {
            problems.append(YAMLValidationProblem(key: "weekmask", "a calendar needs at least one working day"))
        }
        var seen: Set<CalendarDate> = []
        for holiday in holidays ?? [] where !seen.insert(holiday.date).inserted {
            problems.append(YAMLValidationProblem(key: "holidays", "\(holiday.date) is listed twice"))
        }
        return problems
    }
}

public struct Holiday: Codable, Sendable, Hashable {
    public var date: CalendarDate
    public var name: String
}
