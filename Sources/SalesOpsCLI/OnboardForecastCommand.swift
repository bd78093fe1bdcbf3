import ArgumentParser
import SalesOpsApp

/// `salesops onboard forecast [PERSON | --manager M | --track T]`: when remaining certifications
/// and the end of each track are predicted, with a range; `--backtest` measures the forecaster.
struct OnboardForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Predict when each enrolment's remaining certifications and its track's end will be done, with a range.",
        discussion: """
            Each remaining step is predicted done its slip after its due date: the median slip of that step \
            in finished enrolments on the track (once there are at least 5; the plan alone before that), plus \
            the person's own pace so far (their slips against that basis, shrunk while few steps are done). \
            The range uses the cohort's 10th and 90th percentile slips, or ±10 % on the plan alone. An \
            enrolment forecast to finish after its due date is "at risk" in onboard status.

            --backtest measures the forecast on a generated history of the track (seeded: the same numbers \
            on every run): its mean absolute error in business days, and that of the plan alone.

            Examples:
              salesops onboard forecast ana.lima
              salesops onboard forecast --manager maya.chen --format markdown
              salesops onboard forecast --backtest --track sdr-30-60-90
            """
    )

    @Argument(help: "One person: their enrolment's forecast.")
    var person: String?

    @Option(help: "Only the people of this manager.")
    var manager: String?

    @Option(help: "Only enrolments on this track (with --backtest: the track to generate a history for).")
    var track: String?

    @Flag(help: "Measure the forecast on a generated history of --track instead.")
    var backtest = false

    @Option(help: "With --backtest: the generator's seed.")
    var seed: UInt64 = 42

    @Option(help: "table, json, csv or markdown.")
    var format: ReportFormat = .table

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if backtest, person != nil || manager != nil {
            throw ValidationError("--backtest generates its own history; give it --track only")
        }
        if person != nil, manager != nil {
            throw ValidationError("give either PERSON or --manager, not both")
        }
    }

    func run() throws {
        let service = workspaceOptions.service
        if backtest {
            let result = try service.backtest(track: track ?? "sdr-30-60-90", seed: seed)
            print(backtestReport(result, track: track ?? "sdr-30-60-90"))
            return
        }
        let forecasts: [EnrolmentForecast]
        var problems: [OnboardingError] = []
        if let person {
            forecasts = [try service.forecast(person: person, track: track)]
        } else {
            let report = try service.forecast(ReportQuery(manager: manager, track: track))
            forecasts = report.rows
            problems = report.problems
        }
        print(try render(forecasts))
        try failIfLeftOut(problems)
    }

    func render(_ forecasts: [EnrolmentForecast]) throws -> String {
        if format == .json {
            return try Output.json(forecasts)
        }
        if forecasts.isEmpty, format == .table { return "No enrolment with steps remaining matches." }
        let header = ["PERSON", "TRACK", "WHAT", "DUE", "FORECAST", "RANGE", "BASIS"]
        var rows: [[String]] = []
        for entry in forecasts {
            let forecast = entry.forecast
            let basis = forecast.basis == .cohort ? "cohort of \(forecast.cohortSize)" : "plan"
            let pace = forecast.stepsMeasured == 0 ? "" : String(format: ", pace %+.1f d/step", forecast.paceDays)
            func range(_ range: RampForecast.Range) -> String { "\(range.earliest) – \(range.latest)" }
            for certification in forecast.certifications {
                rows.append([entry.person, entry.track, "certification \(certification.step)", certification.due.description,
                             certification.forecast.expected.description, range(certification.forecast), basis + pace])
            }
            rows.append([entry.person, entry.track, forecast.finishesLate ? "end of track (late)" : "end of track",
                         forecast.due.description, forecast.end.expected.description, range(forecast.end), basis + pace])
        }
        return format.render(header, rows)
    }

    func backtestReport(_ result: ForecastBacktest.Result, track: String) -> String {
        if format == .json {
            let document: JSONValue = [
                "track": .string(track), "seed": .number(Double(result.seed)), "cohort": .number(Double(result.cohort)),
                "evaluated": .number(Double(result.evaluated)), "predictions": .number(Double(result.predictions)),
                "forecastMeanAbsoluteError": .number(result.forecastError), "planMeanAbsoluteError": .number(result.planError),
            ]
            return document.prettyText
        }
        let header = ["TRACK", "SEED", "FINISHED", "FORECAST", "PREDICTIONS", "FORECAST MAE", "PLAN-ONLY MAE"]
        let row = [track, String(result.seed), String(result.cohort), String(result.evaluated), String(result.predictions),
                   String(format: "%.2f business days", result.forecastError), String(format: "%.2f business days", result.planError)]
        return format.render(header, [row])
    }
}
