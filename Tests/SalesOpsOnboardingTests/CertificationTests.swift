import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// Certifications through the real quiz-score and manager-signoff plugins: attempts, limits,
/// periods across renewal and expiry.
@Suite("Certifications")
struct CertificationTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// Ana on quick-cert from Monday 2026-03-02, with events appended as the rules decides them.
    struct Journey {
        let plan: TrackPlan
        let registry: PluginRegistry
        let person = Person(id: "ana", manager: "maya")
        let enrolment: Enrolment
        var events: [OnboardingEvent] = []

        init() throws {
            plan = try OnboardingFixtures.plan("quick-cert")
            registry = try OnboardingFixtures.registry()
            enrolment = Enrolment(key: EnrolmentKey(person: "ana", track: "quick-cert"), trackVersion: plan.version.hash,
                                  calendarVersion: plan.version.calendarHash, start: CertificationTests.date("2026-03-02"))
        }

        func state(_ today: String) -> EnrolmentState {
            EnrolmentState(plan: plan, person: person, enrolment: enrolment, events: events, today: CertificationTests.date(today))
        }

        mutating func record(_ today: String, _ decide: (OnboardingRules, EnrolmentState) throws(OnboardingError) -> OnboardingEvent) throws {
            let rules = OnboardingRules(today: CertificationTests.date(today), recordedAt: "\(today)T09:00:00Z", actor: "test")
            var event = try decide(rules, state(today))
            event.sequence = Int64(events.count + 1)
            events.append(event)
        }

        mutating func attempt(_ today: String, score: Double) throws {
            let (plan, registry) = (plan, registry)
            try record(today) { rules, state throws(OnboardingError) in
                try rules.attempt(state, plan: plan, step: "pitch-quiz", on: nil, score: score, registry: registry)
            }
        }

        mutating func completePrerequisites() throws {
            let (plan, registry) = (plan, registry)
            try record("2026-03-03") { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "intro", on: nil, note: nil, evidence: nil, registry: registry)
            }
            try record("2026-03-05") { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "prep", on: nil, note: nil, evidence: nil, registry: registry)
            }
        }
    }

    @Test func aPassOpensAPeriodThatEntersRenewalThenExpires() throws {
        var journey = try Journey()
        try journey.completePrerequisites()
        try journey.attempt("2026-03-09", score: 72)
        #expect(journey.state("2026-03-09").step("pitch-quiz")?.status == .inProgress)
        // A failed attempt alone is no risk: the forecast decides (RampForecastTests).
        #expect(journey.state("2026-03-09").health == .onTrack)
        try journey.attempt("2026-03-10", score: 91)

        let certified = try #require(journey.state("2026-03-10").step("pitch-quiz"))
        #expect(certified.status == .certified)
        #expect(certified.periods == [CertificationPeriod(number: 1, certifiedOn: Self.date("2026-03-10"),
                                                          validFor: DatePeriod("30d"), renewWithin: DatePeriod("7d"))])
        #expect(certified.periods[0].expiresOn == Self.date("2026-04-09"))
        #expect(certified.periods[0].renewalOpensOn == Self.date("2026-04-02"))
        #expect(journey.state("2026-04-01").step("pitch-quiz")?.status == .certified)
        #expect(journey.state("2026-04-02").step("pitch-quiz")?.status == .expiring)
        #expect(journey.state("2026-04-02").reasons.contains("certification pitch-quiz expires 2026-04-09"))
        #expect(journey.state("2026-04-09").step("pitch-quiz")?.status == .expired)
        #expect(journey.state("2026-04-09").health == .late)

        // Before the window opens, another attempt is refused.
        #expect(throws: OnboardingError.alreadyCertified(step: "pitch-quiz", expires: Self.date("2026-04-09"),
                                                         renewalOpens: Self.date("2026-04-02"))) {
            try journey.attempt("2026-03-20", score: 95)
        }
        // A renewal in the window opens period 2; period 1 is kept as it was.
        try journey.attempt("2026-04-03", score: 88)
        let renewed = try #require(journey.state("2026-04-20").step("pitch-quiz"))
        #expect(renewed.status == .certified)
        #expect(renewed.periods.map(\.number) == [1, 2])
        #expect(renewed.periods[0] == certified.periods[0])
        #expect(renewed.periods[1].certifiedOn == Self.date("2026-04-03"))
        #expect(renewed.periods[1].expiresOn == Self.date("2026-05-03"))
        // Days to certify count to the first pass only.
        #expect(journey.state("2026-04-20").daysToCertify == [8])
    }

    @Test func attemptsBeyondMaxAttemptsAreRefused() throws {
        var journey = try Journey()
        try journey.completePrerequisites()
        try journey.attempt("2026-03-09", score: 50)
        try journey.attempt("2026-03-10", score: 60)
        #expect(journey.events.last?.payload == .attempted(
            step: "pitch-quiz", .init(submission: .init(score: 60), number: 2, passed: false, reason: "score 60 < pass mark 80")))
        let error = try #require(throws: OnboardingError.self) { try journey.attempt("2026-03-11", score: 99) }
        #expect(error == .attemptsUsedUp(step: "pitch-quiz", maxAttempts: 2, lastReason: "score 60 < pass mark 80"))
        #expect(error.description.contains("allows 2 attempts and all are used"))
    }

    @Test func blockedStepsCannotBeCompletedOrAttemptedButCanBeWaived() throws {
        var journey = try Journey()
        let (plan, registry) = (journey.plan, journey.registry)
        #expect(throws: OnboardingError.stepBlocked(step: "prep", openDependencies: ["intro"])) {
            try journey.record("2026-03-03") { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "prep", on: nil, note: nil, evidence: nil, registry: registry)
            }
        }
        #expect(throws: OnboardingError.stepBlocked(step: "pitch-quiz", openDependencies: ["prep"])) {
            try journey.attempt("2026-03-03", score: 90)
        }
        try journey.record("2026-03-03") { rules, state throws(OnboardingError) in
            try rules.waive(state, plan: plan, step: "intro", on: nil, note: "joined from another team")
        }
        try journey.record("2026-03-04") { rules, state throws(OnboardingError) in
            try rules.complete(state, plan: plan, step: "prep", on: nil, note: nil, evidence: nil, registry: registry)
        }
        #expect(journey.state("2026-03-04").steps.map(\.status) == [.waived, .completed, .pending, .pending])
    }

    @Test func signoffGoesThroughTheVerifier() throws {
        var journey = try Journey()
        let (plan, registry) = (journey.plan, journey.registry)
        try journey.record("2026-03-20") { rules, state throws(OnboardingError) in
            try rules.attempt(state, plan: plan, step: "review", on: nil, signedOffBy: "maya", registry: registry)
        }
        #expect(journey.events.last?.payload == .attempted(
            step: "review", .init(submission: .init(signedOffBy: "maya"), number: 1, passed: true, reason: "signed off by maya")))
        // manager-signoff has no validFor: certified for good.
        #expect(journey.state("2030-01-01").step("review")?.status == .certified)
    }

    @Test func refusalsNameTheProblem() throws {
        var journey = try Journey()
        let (plan, registry) = (journey.plan, journey.registry)
        let cases: [(OnboardingError, (OnboardingRules, EnrolmentState) throws(OnboardingError) -> OnboardingEvent)] = [
            (.notFound(NotFound(kind: "step", name: "intr", place: .inside(kind: "track", name: "quick-cert"), nearest: "intro")), { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "intr", on: nil, note: nil, evidence: nil, registry: registry) }),
            (.notACertification(step: "intro"), { rules, state throws(OnboardingError) in
                try rules.attempt(state, plan: plan, step: "intro", on: nil, score: 90, registry: registry) }),
            (.certificationNeedsEvidence(step: "pitch-quiz", verifier: "quiz-score"), { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "pitch-quiz", on: nil, note: nil, evidence: nil, registry: registry) }),
            (.nothingToVerify(step: "review", verifier: "manager-signoff"), { rules, state throws(OnboardingError) in
                try rules.attempt(state, plan: plan, step: "review", on: nil, registry: registry) }),
            (.dateAfterToday(Self.date("2026-03-10"), today: Self.date("2026-03-03")), { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "intro", on: Self.date("2026-03-10"), note: nil, evidence: nil, registry: registry) }),
            (.dateBeforeStart(Self.date("2026-02-27"), start: Self.date("2026-03-02")), { rules, state throws(OnboardingError) in
                try rules.waive(state, plan: plan, step: "intro", on: Self.date("2026-02-27"), note: nil) }),
        ]
        for (expected, decide) in cases {
            #expect(throws: expected) { try journey.record("2026-03-03", decide) }
        }
        #expect(journey.events.isEmpty)
        try journey.record("2026-03-03") { rules, state throws(OnboardingError) in
            try rules.complete(state, plan: plan, step: "intro", on: nil, note: nil, evidence: nil, registry: registry)
        }
        #expect(throws: OnboardingError.alreadyDone(step: "intro", how: "completed", on: Self.date("2026-03-03"))) {
            try journey.record("2026-03-04") { rules, state throws(OnboardingError) in
                try rules.complete(state, plan: plan, step: "intro", on: nil, note: nil, evidence: nil, registry: registry)
            }
        }
    }
}
