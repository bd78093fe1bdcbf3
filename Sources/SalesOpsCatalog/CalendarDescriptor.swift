import SalesOpsBasics
import SalesOpsYAML

/// Working days and holidays: `kind: Calendar`.
package typealias CalendarDescriptor = Descriptor<CalendarSpec>

package struct CalendarSpec: Codable, Sendable, YAMLValidating {
    /// IANA time zone of the people on this calendar ("today" is their date there).
    package var timezone: String
    /// Working weekdays (default Monday to Friday).
    package var weekmask: [Weekday]?
    package var holidays: [Holiday]?

    package var workingDays: [Weekday] { weekmask ?? [.mon, .tue, .wed, .thu, .fri] }

    package func validationProblems() -> [YAMLValidationProblem] {
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

package struct Holiday: Codable, Sendable, Hashable {
    package var date: CalendarDate
    package var name: String
}
