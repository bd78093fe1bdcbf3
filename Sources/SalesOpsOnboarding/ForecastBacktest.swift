import SalesOpsBasics

/// How well `RampForecaster` predicts, measured on a generated history of a track: finished
/// enrolments to learn from, then enrolments cut off part-way whose remaining completions are
/// known. Reports the mean absolute error, in business days, of the forecast and of the plan
/// alone (every remaining step done on its due date) over the same predictions: each remaining
/// certification and the end of the track.
///
/// The history follows one model, seeded so every run gives the same numbers: each step has a
/// difficulty (0 to 4 business days of slip), each person a pace (−1 to 4 days per step), and
/// every completion noise (−2 to 2 days); a step is done that slip after its due date, never
/// before its dependencies.
package enum ForecastBacktest {
    package struct Result: Sendable, Hashable {
        package var seed: UInt64
        /// Finished enrolments the forecast learns from.
        package var cohort: Int
        /// Enrolments cut off part-way and forecast.
        package var evaluated: Int
        /// Predicted dates compared with what happened.
        package var predictions: Int
        package var forecastError: Double
        package var planError: Double
    }

    package static func run(plan: TrackPlan, seed: UInt64 = 42, cohort: Int = 40, evaluated: Int = 60,
                           firstStart: CalendarDate = CalendarDate(year: 2026, month: 1, day: 5)!) -> Result {
        var random = SplitMix64(seed: seed)
        let difficulty = plan.steps.map { _ in random.integer(in: 0...4) }
        func history(_ number: Int) -> RampProgress {
            let start = firstStart.adding(days: 7 * (number / 4))
            let pace = random.integer(in: -1...4)
            let slips = plan.steps.indices.map { difficulty[$0] + pace + random.integer(in: -2...2) }
            return simulate(plan: plan, start: start, slips: slips)
        }
        var slips = StepSlips()
        for number in 0..<cohort { slips.observe(history(number), on: plan) }
        let forecaster = RampForecaster(plan: plan, cohort: slips)

        var predictions = 0
        var forecastTotal = 0
        var planTotal = 0
        for number in cohort..<(cohort + evaluated) {
            let actual = history(number)
            // Cut somewhere in the first half of the ramp: some steps done, most ahead.
            let today = plan.calendar.offset(actual.start, businessDays: random.integer(in: 5...30))
            let known = RampProgress(start: actual.start, doneOn: actual.doneOn.map { $0.flatMap { $0 <= today ? $0 : nil } },
                                     waived: actual.waived)
            guard !known.isFinished else { continue }
            let withHistory = forecaster.forecast(known, today: today)
            let planOnly = forecaster.forecast(known, today: today, usingHistory: false)
            let end = actual.doneOn.compactMap { $0 }.max()!
            func error(_ predicted: CalendarDate, _ happened: CalendarDate) -> Int {
                abs(plan.calendar.count(from: min(predicted, happened), to: max(predicted, happened)))
            }
            predictions += 1
            forecastTotal += error(withHistory.end.expected, end)
            planTotal += error(planOnly.end.expected, end)
            for (index, certification) in withHistory.certifications.enumerated() {
                let happened = actual.doneOn[plan.indexByID[certification.step]!]!
                predictions += 1
                forecastTotal += error(certification.forecast.expected, happened)
                planTotal += error(planOnly.certifications[index].forecast.expected, happened)
            }
        }
        let count = Double(max(predictions, 1))
        return Result(seed: seed, cohort: cohort, evaluated: evaluated, predictions: predictions,
                      forecastError: Double(forecastTotal) / count, planError: Double(planTotal) / count)
    }

    /// Every step done `slips[i]` business days after its due date (due dates re-flowing on
    /// the completions before it), and not before its dependencies.
    static func simulate(plan: TrackPlan, start: CalendarDate, slips: [Int]) -> RampProgress {
        var done = [CalendarDate?](repeating: nil, count: plan.steps.count)
        // A step is done once what it counts from and depends on is: at most one pass per step.
        for _ in plan.steps.indices {
            let schedule = plan.scheduler.schedule(start: start, doneOn: done)
            for index in plan.steps.indices where done[index] == nil {
                let after = plan.steps[index].due.after.flatMap { plan.indexByID[$0] }
                guard after.map({ done[$0] != nil }) ?? true,
                      plan.dependencies[index].allSatisfy({ done[$0] != nil }) else { continue }
                var date = plan.calendar.offset(schedule.steps[index].due, businessDays: slips[index])
                for dependency in plan.dependencies[index] { date = max(date, done[dependency]!) }
                done[index] = date
            }
        }
        return RampProgress(start: start, doneOn: done, waived: Array(repeating: false, count: done.count))
    }
}
