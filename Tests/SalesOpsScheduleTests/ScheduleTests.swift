import SalesOpsBasics
@testable import SalesOpsSchedule
import Testing

@Suite struct ScheduleTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    func date(_ text: String) -> CalendarDate { Self.date(text) }

    /// US federal holidays 2026 as observed (the reference fixture's list).
    static let us = try! BusinessCalendar(name: "us", holidays: [
        "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
        "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
    ].map(date))

    /// a (2 business days) → b (3 business days after a) → c (7 days after b).
    let chain = [
        ScheduleStep(id: "a", offset: .businessDays(2)),
        ScheduleStep(id: "b", offset: .businessDays(3), after: "a"),
        ScheduleStep(id: "c", offset: .days(7), after: "b"),
    ]

    func dues(_ schedule: Schedule) -> [String] {
        schedule.steps.map { "\($0.id)=\($0.due)" }
    }

    @Test func startOnSaturdayRollsToMonday() throws {
        let schedule = try Schedule(start: date("2026-03-07"), calendar: .standard, steps: [
            ScheduleStep(id: "welcome", offset: .businessDays(0)),
            ScheduleStep(id: "crm", offset: .businessDays(1)),
            ScheduleStep(id: "week", offset: .weeks(1)),
        ])
        #expect(schedule.effectiveStart == date("2026-03-09"))
        #expect(dues(schedule) == ["welcome=2026-03-09", "crm=2026-03-10", "week=2026-03-16"])
    }

    @Test func startOnHolidayRollsToNextWorkingDay() throws {
        // 2026-01-19 is Martin Luther King Jr. Day.
        let schedule = try Schedule(start: date("2026-01-19"), calendar: Self.us, steps: [
            ScheduleStep(id: "welcome", offset: .businessDays(0)),
        ])
        #expect(schedule.effectiveStart == date("2026-01-20"))
        #expect(schedule.dueDates["welcome"] == date("2026-01-20"))
        #expect(schedule.steps[0].basis == .start)
    }

    @Test(arguments: [
        // Thursday + 1 week = Thanksgiving, rolls to Friday.
        (DueOffset.weeks(1), "2026-11-19", "2026-11-27"),
        // Friday 2026-06-26 + 1 week = the observed Independence Day, rolls to Monday 07-06.
        (.weeks(1), "2026-06-26", "2026-07-06"),
        // Monday + 5 days = Saturday, rolls to Monday.
        (.days(5), "2026-03-02", "2026-03-09"),
        // Business days skip the Thanksgiving holiday.
        (.businessDays(5), "2026-11-20", "2026-11-30"),
    ])
    func calendarOffsetsRollForward(offset: DueOffset, start: String, expected: String) throws {
        let schedule = try Schedule(start: date(start), calendar: Self.us, steps: [ScheduleStep(id: "x", offset: offset)])
        #expect(schedule.dueDates["x"] == date(expected))
    }

    @Test func afterChainCountsFromDueDates() throws {
        let schedule = try Schedule(start: date("2026-03-02"), calendar: .standard, steps: chain)
        #expect(dues(schedule) == ["a=2026-03-04", "b=2026-03-09", "c=2026-03-16"])
        #expect(schedule.steps[1].basis == .dueDate(of: "a"))
        #expect(schedule.steps[1].countedFrom == date("2026-03-04"))
    }

    @Test func earlyCompletionPullsDependantsIn() throws {
        let schedule = try Schedule(start: date("2026-03-02"), calendar: .standard, steps: chain,
                                    completions: ["a": date("2026-03-02")])
        // a keeps its own due date so it can be judged early; b and c re-flow.
        #expect(dues(schedule) == ["a=2026-03-04", "b=2026-03-05", "c=2026-03-12"])
        #expect(schedule.steps[1].basis == .completion(of: "a"))
    }

    @Test func lateCompletionOnWeekendPushesDependantsOut() throws {
        // Completed on Saturday: business days count from the following Monday.
        let schedule = try Schedule(start: date("2026-03-02"), calendar: .standard, steps: chain,
                                    completions: ["a": date("2026-03-07")])
        #expect(dues(schedule) == ["a=2026-03-04", "b=2026-03-12", "c=2026-03-19"])
        // Completing b too: c counts from b's completion, whatever a did.
        let later = try Schedule(start: date("2026-03-02"), calendar: .standard, steps: chain,
                                 completions: ["a": date("2026-03-07"), "b": date("2026-03-10")])
        #expect(dues(later) == ["a=2026-03-04", "b=2026-03-12", "c=2026-03-17"])
    }

    @Test func dependantsListedBeforeTheirStepStillWork() throws {
        let schedule = try Schedule(start: date("2026-03-02"), calendar: .standard, steps: chain.reversed())
        #expect(dues(schedule) == ["c=2026-03-16", "b=2026-03-09", "a=2026-03-04"])
    }

    @Test func negativeOffsetsAreRefusedAsTheCatalogRefusesThem() throws {
        let error = try #require(throws: ScheduleError.self) {
            try Schedule(start: date("2026-03-02"), calendar: .standard, steps: [
                ScheduleStep(id: "ship-laptop", offset: .businessDays(-3)),
                ScheduleStep(id: "create-accounts", offset: .days(-1), after: "ship-laptop"),
            ])
        }
        #expect(error.description == """
            step "ship-laptop": businessDays: -3 would be due before what it counts from; use an offset of 0 or more
            step "create-accounts": days: -1 would be due before what it counts from; use an offset of 0 or more
            """)
    }

    @Test func unknownAfterSuggestsTheNearestStep() {
        let steps = [
            ScheduleStep(id: "crm-login", offset: .businessDays(1)),
            ScheduleStep(id: "first-call", offset: .businessDays(2), after: "crm-logon"),
        ]
        #expect(throws: ScheduleError(issues: [.unknownAfter(step: "first-call", after: "crm-logon", suggestion: "crm-login")])) {
            try Schedule(start: date("2026-03-02"), calendar: .standard, steps: steps)
        }
        let message = ScheduleIssue.unknownAfter(step: "first-call", after: "crm-logon", suggestion: "crm-login").description
        #expect(message == "step \"first-call\": after \"crm-logon\" names no step in this track; did you mean \"crm-login\"?")
    }

    @Test func cycleIsNamedInOrder() throws {
        let steps = [
            ScheduleStep(id: "start", offset: .businessDays(0)),
            ScheduleStep(id: "a", offset: .businessDays(1), after: "c"),
            ScheduleStep(id: "b", offset: .businessDays(1), after: "a"),
            ScheduleStep(id: "c", offset: .businessDays(1), after: "b"),
            ScheduleStep(id: "d", offset: .businessDays(1), after: "b"),
            ScheduleStep(id: "self", offset: .days(1), after: "self"),
        ]
        let error = try #require(throws: ScheduleError.self) {
            try Schedule(start: date("2026-03-02"), calendar: .standard, steps: steps)
        }
        #expect(error.issues == [.cycle(["a", "c", "b", "a"]), .cycle(["self", "self"])])
        #expect(error.description.contains("steps \"a\" → \"c\" → \"b\" → \"a\" form a cycle through `after`"))
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let steps = [
            ScheduleStep(id: "a", offset: .businessDays(1)),
            ScheduleStep(id: "a", offset: .businessDays(2)),
            ScheduleStep(id: "b", offset: .days(-2), after: "a"),
            ScheduleStep(id: "c", offset: .weeks(1), after: "nowhere"),
            ScheduleStep(id: "d", offset: .businessDays(Int.max)),
            ScheduleStep(id: "e", offset: .days(Int.min)),
        ]
        let error = try #require(throws: ScheduleError.self) {
            try Schedule(start: date("2026-03-02"), calendar: .standard, steps: steps)
        }
        #expect(error.issues == [
            .duplicateStep(id: "a"),
            .negativeOffset(step: "b", offset: .days(-2)),
            .unknownAfter(step: "c", after: "nowhere", suggestion: nil),
            .offsetOutOfRange(step: "d", offset: .businessDays(Int.max)),
            .negativeOffset(step: "e", offset: .days(Int.min)),
        ])
        #expect(error.description.split(separator: "\n").count == 5)
    }

    @Test func longChainsScheduleInLinearTime() throws {
        // A 20,000-step chain: no recursion to overflow, no quadratic walk.
        let steps = (0..<20_000).map { index in
            ScheduleStep(id: "s\(index)", offset: .businessDays(1), after: index == 0 ? nil : "s\(index - 1)")
        }
        let schedule = try Schedule(start: date("2026-03-02"), calendar: .standard, steps: steps.reversed())
        #expect(schedule.dueDates["s19999"] == BusinessCalendar.standard.offset(date("2026-03-02"), businessDays: 20_000))
    }

    /// One set of checked steps dates many starts, each as a fresh `Schedule` would.
    @Test func aSchedulerDatesEveryStartAsScheduleDoes() throws {
        let scheduler = try Scheduler(steps: chain, calendar: Self.us)
        for offset in 0..<40 {
            let start = date("2026-01-01").adding(days: offset)
            let completions = ["a": start.adding(days: offset % 5)]
            let fresh = try Schedule(start: start, calendar: Self.us, steps: chain, completions: completions)
            #expect(scheduler.schedule(start: start, completions: completions) == fresh)
            #expect(scheduler.schedule(start: start, doneOn: [start.adding(days: offset % 5), nil, nil]) == fresh)
        }
    }

    @Test func dueDatesAfterTheListedHolidaysAreFlagged() throws {
        let schedule = try Schedule(start: date("2026-12-01"), calendar: Self.us, steps: chain + [
            ScheduleStep(id: "review", offset: .days(45)),
        ])
        #expect(dues(schedule) == ["a=2026-12-03", "b=2026-12-08", "c=2026-12-15", "review=2027-01-15"])
        let warning = try #require(schedule.holidayWarning)
        #expect(warning.steps == [.init(id: "review", due: date("2027-01-15"))])
        #expect(warning.description
            == "calendar `us` lists holidays only through 2026, but step `review` is due 2027-01-15; holidays after 2026 are not skipped: add them to the calendar")
    }

    @Test func noWarningWithinTheListedYearsOrWithoutHolidays() throws {
        #expect(try Schedule(start: date("2026-03-02"), calendar: Self.us, steps: chain).holidayWarning == nil)
        #expect(try Schedule(start: date("2030-03-02"), calendar: .standard, steps: chain).holidayWarning == nil)
    }

    @Test func offsetsAtTheLimitFromTheLastDateDoNotOverflow() throws {
        // Ten chained steps at the largest offset from 9999-12-31: dates far past any calendar, no trap.
        let steps = (0..<10).map { index in
            ScheduleStep(id: "s\(index)", offset: .businessDays(DueOffset.limit), after: index == 0 ? nil : "s\(index - 1)")
        }
        let schedule = try Schedule(start: date("9999-12-31"), calendar: Self.us, steps: steps)
        #expect(schedule.steps.count == 10)
        #expect(schedule.dueDates["s9"].map { $0 > date("9999-12-31") } == true)
        #expect(schedule.holidayWarning?.steps.count == 10)
    }
}
