import Foundation
import SalesOpsTestSupport
import Testing

/// `onboard forecast` and the "at risk" it gives `onboard status`, through the CLI on a real store.
@Suite struct ForecastCommandTests {
    /// zoe.kim does her first two SDR steps two business days late each.
    static func slowStarter() throws -> String {
        let folder = try OnboardingFixtures.folder()
        for arguments in [
            ["onboard", "enroll", "zoe.kim", "--track", "sdr-30-60-90", "--start", "2026-03-02", "--manager", "maya.chen", "--today", "2026-03-01"],
            ["onboard", "complete", "zoe.kim", "accounts-setup", "--today", "2026-03-05"],
            ["onboard", "complete", "zoe.kim", "tools-orientation", "--today", "2026-03-09"],
        ] {
            let run = try OnboardingFixtures.salesops(arguments, in: folder)
            #expect(run.status == 0, "\(run.errors)")
        }
        return folder
    }

    @Test func aSlowPaceIsForecastAndMakesTheEnrolmentAtRisk() throws {
        let folder = try Self.slowStarter()
        let forecast = try OnboardingFixtures.salesops(["onboard", "forecast", "zoe.kim", "--today", "2026-03-09"], in: folder)
        #expect(forecast.status == 0, "\(forecast.errors)")
        #expect(forecast.output == """
            PERSON   TRACK         WHAT                                   DUE         FORECAST    RANGE                    BASIS
            -------  ------------  -------------------------------------  ----------  ----------  -----------------------  ----------------------
            zoe.kim  sdr-30-60-90  certification shadow-discovery-calls   2026-03-23  2026-03-25  2026-03-20 – 2026-03-30  plan, pace +1.0 d/step
            zoe.kim  sdr-30-60-90  certification cold-call-certification  2026-03-26  2026-04-01  2026-03-25 – 2026-04-08  plan, pace +1.0 d/step
            zoe.kim  sdr-30-60-90  certification review-30-day            2026-04-01  2026-04-02  2026-03-31 – 2026-04-06  plan, pace +1.0 d/step
            zoe.kim  sdr-30-60-90  certification first-meetings-booked    2026-04-13  2026-04-14  2026-04-09 – 2026-04-17  plan, pace +1.0 d/step
            zoe.kim  sdr-30-60-90  certification review-60-day            2026-05-01  2026-05-04  2026-04-28 – 2026-05-08  plan, pace +1.0 d/step
            zoe.kim  sdr-30-60-90  certification review-90-day            2026-06-01  2026-06-02  2026-05-22 – 2026-06-10  plan, pace +1.0 d/step
            zoe.kim  sdr-30-60-90  end of track (late)                    2026-06-01  2026-06-02  2026-05-22 – 2026-06-10  plan, pace +1.0 d/step

            """)
        let status = try OnboardingFixtures.salesops(["onboard", "status", "--today", "2026-03-09", "--format", "csv"], in: folder)
        #expect(status.output == """
            PERSON,MANAGER,TRACK,START,PROGRESS,HEALTH,NEXT DUE,WHY
            zoe.kim,maya.chen,sdr-30-60-90,2026-03-02,5%,at risk,product-training 2026-03-09,\
            "forecast to finish 2026-06-02 (2026-05-22 – 2026-06-10), after the due date 2026-06-01"

            """)
        // The same selection by manager and by track.
        for filter in [["--manager", "maya.chen"], ["--track", "sdr-30-60-90"]] {
            let selected = try OnboardingFixtures.salesops(["onboard", "forecast", "--today", "2026-03-09"] + filter, in: folder)
            #expect(selected.output == forecast.output)
        }
    }

    /// Five finished enrolments on quick-cert, each step three business days late: a new
    /// enrolment is forecast on their slips and is at risk from its first day.
    @Test func finishedEnrolmentsBecomeTheBasis() throws {
        let folder = try OnboardingFixtures.folder()
        let catalog = ["--catalog", OnboardingFixtures.fixtureCatalog]
        func run(_ arguments: [String]) throws -> OnboardingFixtures.Run {
            let result = try OnboardingFixtures.salesops(arguments + catalog, in: folder)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.errors)")
            return result
        }
        for person in ["a1", "a2", "a3", "a4", "a5"] {
            _ = try run(["onboard", "enroll", person, "--track", "quick-cert", "--start", "2026-01-05", "--manager", "m", "--today", "2026-01-01"])
            _ = try run(["onboard", "complete", person, "intro", "--today", "2026-01-12"])
            _ = try run(["onboard", "complete", person, "prep", "--today", "2026-01-20"])
            _ = try run(["onboard", "attempt", person, "pitch-quiz", "--score", "90", "--today", "2026-01-30"])
            _ = try run(["onboard", "signoff", person, "review", "--by", "m", "--today", "2026-02-05"])
        }
        _ = try run(["onboard", "enroll", "zed", "--track", "quick-cert", "--start", "2026-03-02", "--manager", "m", "--today", "2026-03-01"])
        let forecast = try run(["onboard", "forecast", "--manager", "m", "--today", "2026-03-02"])
        #expect(forecast.output == """
            PERSON  TRACK       WHAT                      DUE         FORECAST    RANGE                    BASIS
            ------  ----------  ------------------------  ----------  ----------  -----------------------  -----------
            zed     quick-cert  certification pitch-quiz  2026-03-16  2026-03-27  2026-03-27 – 2026-03-27  cohort of 5
            zed     quick-cert  certification review      2026-03-30  2026-04-02  2026-04-02 – 2026-04-02  cohort of 5
            zed     quick-cert  end of track (late)       2026-03-30  2026-04-02  2026-04-02 – 2026-04-02  cohort of 5

            """)
        #expect(try run(["onboard", "forecast", "zed", "--today", "2026-03-02"]).output == forecast.output)
        let status = try run(["onboard", "status", "--today", "2026-03-02", "--format", "csv"])
        #expect(status.output.contains("\nzed,m,quick-cert,2026-03-02,0%,at risk,intro 2026-03-04,"
            + "\"forecast to finish 2026-04-02 (2026-04-02 – 2026-04-02), after the due date 2026-03-30\"\n"), "\(status.output)")
    }

    @Test func backtestReportsBothErrors() throws {
        let run = try OnboardingFixtures.salesops(["onboard", "forecast", "--backtest"], in: try OnboardingFixtures.folder())
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            TRACK         SEED  FINISHED  FORECAST  PREDICTIONS  FORECAST MAE        PLAN-ONLY MAE
            ------------  ----  --------  --------  -----------  ------------------  ------------------
            sdr-30-60-90  42    40        60        339          1.50 business days  3.45 business days

            """)
        let refused = try OnboardingFixtures.salesops(["onboard", "forecast", "zoe.kim", "--backtest"], in: try OnboardingFixtures.folder())
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--backtest generates its own history; give it --track only"))
    }
}
