import ArgumentParser
import SalesOpsApp

/// `--store PATH` and `--today DATE`, shared by the onboarding commands.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The onboarding store: a SQLite file, created by the first command that records; reports only read it.", valueName: "path"))
    var store: String = OnboardingService.defaultStorePath

    @Option(name: .long, help: ArgumentHelp(
        "Act as if today were this date (YYYY-MM-DD); default: each person's date in their time zone.", valueName: "date"), transform: CalendarDate.argument)
    var today: CalendarDate?
}
