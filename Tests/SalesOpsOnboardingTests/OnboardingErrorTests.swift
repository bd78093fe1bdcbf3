import Foundation
import SalesOpsBasics
import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// The engine's refusals speak of the domain only: a front end (the CLI, a server) adds the
/// options, commands or fields to use, so no message names a command or an option.
@Suite("Onboarding errors")
struct OnboardingErrorTests {
    static let day = CalendarDate(iso: "2026-03-10")!

    static let messages: [(OnboardingError, String)] = [
        (.notFound(NotFound(kind: "person", name: "zoe", place: .store, among: ["ana.lima"])), "no person named `zoe` in the store"),
        (.notFound(NotFound(kind: "person", name: "ana", place: .store, nearest: "ana.lima")),
         "no person named `ana` in the store; did you mean `ana.lima`?"),
        (.notEnrolled(person: "ana", track: nil, tracks: []), "ana is not enrolled in any track"),
        (.notEnrolled(person: "ana", track: "ae", tracks: ["sdr"]), "ana is not enrolled in ae (enrolled in: sdr)"),
        (.severalEnrolments(person: "ana", tracks: ["ae", "sdr"]), "ana is enrolled in ae and sdr; say which track"),
        (.dateAfterToday(day, today: CalendarDate(iso: "2026-03-03")!),
         "2026-03-10 is after today (2026-03-03); record things once they have happened"),
        (.certificationNeedsEvidence(step: "quiz", verifier: "quiz-score"),
         "step quiz is a certification decided by verifier quiz-score; record an attempt with a score, evidence or a value, or a manager's sign-off"),
        (.nothingToVerify(step: "review", verifier: "manager-signoff"),
         "nothing for verifier manager-signoff to check on step review; give a score, evidence or a value"),
        (.enrolmentUnreadable(EnrolmentKey(person: "ben", track: "ae"), version: "b5b32f4ee25e0000", problem: "it is missing"),
         "ben on ae: pinned track version b5b32f4ee25e cannot be used: it is missing; re-pin it to the catalog's current version"),
        (.conflictingEvent(key: "k", person: "ana"), "another event with key k is stored already, so this one was not recorded; see ana's history"),
        (.unknownTrackKind(track: "t", audience: "partner", known: []),
         "track t has audience \"partner\", but no plugin provides that track kind (none is loaded)"),
        (.unknownVerifier(step: "quiz", verifier: "quiz", known: ["quiz-score"]),
         "step quiz is certified by verifier \"quiz\", which no loaded plugin provides (loaded: quiz-score)"),
        (.notFound(NotFound(kind: "step", name: "x", place: .inside(kind: "track", name: "t"), among: ["intro"])), "no step named `x` in track t"),
        (.notACertification(step: "intro"), "step intro has no certification; record it as completed"),
        (.attemptsUsedUp(step: "quiz", maxAttempts: 2, lastReason: "score 60 < pass mark 80"),
         "step quiz allows 2 attempts and all are used (last: score 60 < pass mark 80); a further attempt is refused; a manager may waive the step"),
    ]

    @Test(arguments: messages)
    func messagesNameNoCommandOrOption(error: OnboardingError, message: String) {
        #expect(error.description == message)
        #expect(!error.description.contains("--") && !error.description.contains("salesops"))
    }

    /// A stored calendar that marks no working day is named as the reason, not an empty list of
    /// issues: stored definitions are read back with the catalog's own checks.
    @Test func aCalendarWithoutWorkingDaysIsNamed() throws {
        let version = try OnboardingFixtures.plan("quick-cert").version
        let calendarJSON = version.calendarJSON.replacingOccurrences(of: #""weekmask":["mon","tue","wed","thu","fri"]"#, with: #""weekmask":[]"#)
        #expect(calendarJSON != version.calendarJSON)
        let error = try #require(throws: OnboardingError.self) { try TrackVersion(trackJSON: version.trackJSON, calendarJSON: calendarJSON) }
        let column = try #require(calendarJSON.range(of: #""weekmask""#)).upperBound.utf16Offset(in: calendarJSON) + 2
        #expect(error.description == "a stored track or calendar version cannot be read (the stored calendar:1:\(column): spec.weekmask: a calendar needs at least one working day); the store may come from a newer salesops")
    }
}
