import ArgumentParser
import SalesOpsApp

/// `--store PATH|URL` and `--today DATE`, shared by the onboarding and store commands.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The onboarding store: a SQLite file, or a PostgreSQL database as postgres://USER:PASSWORD@HOST:PORT/DATABASE "
            + "(default: SALESOPS_STORE, else ./salesops.db). Created by the first command that records; reports only read it.",
        valueName: "path-or-url"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(
        "Act as if today were this date (YYYY-MM-DD); default: each person's date in their time zone.", valueName: "date"), transform: CalendarDate.argument)
    var today: CalendarDate?

    /// The store as named: `--store`, else `SALESOPS_STORE`, else the default file.
    var named: String {
        store.flatMap { $0.isEmpty ? nil : $0 } ?? Invocation.current.variable("SALESOPS_STORE") ?? OnboardingService.defaultStorePath
    }

    /// The store this run opens: a URL as it is, a file path from the run's folder.
    var location: String {
        OnboardingWorkspace.isServerStore(named) ? named : Invocation.current.path(named)
    }

    /// The store as messages show it: as named, without a URL's password.
    var displayed: String { OnboardingWorkspace.displayedStore(named) }
}
