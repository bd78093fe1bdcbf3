import ArgumentParser
import SalesOpsBasics

/// Every date option (`--on`, `--start`, `--today`) is parsed here: a bad date is a usage
/// error from the parser (exit code 2) naming the option.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
