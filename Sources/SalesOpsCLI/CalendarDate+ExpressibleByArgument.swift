import ArgumentParser
import SalesOpsApp

/// Every date option (`--on`, `--start`, `--today`) is parsed here: a bad date is a usage
/// error from the parser (exit code 2) naming the option.
extension CalendarDate: ExpressibleByArgument {
    package init?(argument: String) {
        self.init(iso: argument)
    }

    /// The parse date options use (`transform: CalendarDate.argument`), so that the parser's
    /// refusal says why: not `YYYY-MM-DD`, or outside the dates salesops handles.
    static func argument(_ text: String) throws -> CalendarDate {
        if let problem = CalendarDate.problem(reading: text) { throw DateArgumentError(description: problem) }
        return CalendarDate(iso: text)!
    }
}

/// Why a date option's value was refused, appended by the parser to its usage error.
struct DateArgumentError: Error, CustomStringConvertible {
    let description: String
}
