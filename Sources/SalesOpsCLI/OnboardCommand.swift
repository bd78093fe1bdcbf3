import ArgumentParser
import SalesOpsApp

/// `salesops onboard …`: enrol people on tracks, record progress, report status.
struct OnboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onboard",
        abstract: "Track onboarding: enrol hires and customers, record progress and certifications, report status.",
        discussion: """
            Every change is an event appended to the store (./salesops.db, or --store PATH); statuses are \
            derived from the events, so history is never lost and repeating an import changes nothing. \
            Bad input is refused with exit code 1 and nothing is written.

            Examples:
              salesops onboard enroll ana.lima --track sdr-30-60-90 --start 2026-03-02 --manager maya.chen
              salesops onboard import hires.csv
              salesops onboard complete ana.lima product-training
              salesops onboard attempt ana.lima cold-call-certification --score 86
              salesops onboard status --manager maya.chen
              salesops onboard transfer ana.lima --manager sam.ortiz --on 2026-04-01
              salesops onboard withdraw ben.okafor --reason "left the company"
            """,
        subcommands: [
            OnboardEnrollCommand.self, OnboardImportCommand.self, OnboardCompleteCommand.self, OnboardWaiveCommand.self,
            OnboardAttemptCommand.self, OnboardSignoffCommand.self, OnboardStatusCommand.self, OnboardOverdueCommand.self,
            OnboardExpiringCommand.self, OnboardHistoryCommand.self,
            OnboardWithdrawCommand.self, OnboardPauseCommand.self, OnboardResumeCommand.self, OnboardTransferCommand.self,
            OnboardDetailsCommand.self, OnboardRescheduleCommand.self, OnboardReenrolCommand.self, OnboardUpgradeCommand.self,
            OnboardRotatePseudonymsCommand.self, OnboardForecastCommand.self,
        ]
    )
}
