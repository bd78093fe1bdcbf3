import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
@testable import SalesOpsXAPI
import Testing

/// Statements in the shapes learning record stores export them (Fixtures/), read with their
/// positions, checked, and matched to people and steps.
@Suite struct XAPIStatementTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/lms-statements.json")

    static func read(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    /// Each statement's position and id, as `POSITION ID` lines.
    static func positions(_ file: String) throws -> [String] {
        let document = try XAPIDocument.parse(read(fixtures.appendingPathComponent(file)))
        return try document.statements.map { position, json in "\(position) \(try XAPIStatement(json, at: position).id.prefix(8))" }
    }

    @Test func sha1AndNameBasedUUIDsMatchTheStandards() {
        #expect(SHA1.hex(of: Array("abc".utf8)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.hex(of: [UInt8]()) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(SHA1.hex(of: Array(String(repeating: "a", count: 1000).utf8)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://salesops.dev/xapi/registrations/ana.lima/sdr-30-60-90")
        #expect(XAPIVocabulary.registration(of: EnrolmentKey(person: "ana.lima", track: "sdr-30-60-90")) == "626c5c0d-5c76-5640-877e-7a251f5add16")
    }

    @Test func aJSONArrayGivesIndexes() throws {
        let document = try XAPIDocument.parse(Self.read(Self.example))
        #expect(document.statements.map { "\($0.position)" } == (0..<8).map { "[\($0)]" })
        #expect(document.more == nil)
    }

    @Test func jsonLinesGiveLines() throws {
        #expect(try Self.positions("lrs-statements.jsonl") == ["line 1 8dab4712", "line 2 2f4c2eae", "line 3 bfb66005", "line 4 7523f3a2"])
    }

    @Test func anLRSQueryResultGivesItsPageAndItsMoreLink() throws {
        #expect(try Self.positions("lrs-query-result.json") == ["page 1 [0] 8dab4712", "page 1 [1] 2f4c2eae", "page 1 [2] bfb66005"])
        let document = try XAPIDocument.parse(Self.read(Self.fixtures.appendingPathComponent("lrs-query-result.json")))
        #expect(document.more == "/xapi/statements?more=4f1c2a9e0b7d")
    }

    @Test func pagesOneALineGivePageNumbersAndTheLastPageEndsTheResults() throws {
        #expect(try Self.positions("lrs-query-pages.jsonl") == [
            "page 1 [0] 8dab4712", "page 1 [1] 2f4c2eae", "page 1 [2] bfb66005",
            "page 2 [0] 7523f3a2", "page 2 [1] 6e5a0f1d", "page 2 [2] 05708d27", "page 2 [3] 8323c389", "page 2 [4] 4d9219ef",
        ])
        let document = try XAPIDocument.parse(Self.read(Self.fixtures.appendingPathComponent("lrs-query-pages.jsonl")))
        #expect(document.more == nil)
    }

    @Test func everyInvalidStatementIsAProblemWithItsPosition() throws {
        let document = try XAPIDocument.parse(Self.read(Self.fixtures.appendingPathComponent("invalid-statements.json")))
        var problems: [String] = []
        for (position, json) in document.statements {
            do { _ = try XAPIStatement(json, at: position) } catch { problems.append(error.description) }
        }
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("invalid-statements.errors"), encoding: .utf8)
        #expect(problems.joined(separator: "\n") + "\n" == expected)
    }

    @Test func jsonThatDoesNotParseIsAProblemAtItsLineAndColumn() {
        let text = "{\"id\": \"8dab4712-3208-4875-a068-dba5df60ac81\"}\n{\"id\": \"2f4c2eae\", \"actor\" {}}\n"
        #expect(throws: XAPIProblem(.text(line: 2, column: 28), "invalid JSON: expected ':' after a key")) {
            try XAPIDocument.parse(Array(text.utf8))
        }
        #expect(throws: XAPIProblem(.text(line: 1, column: 1), "the file is empty; expected xAPI statements")) {
            try XAPIDocument.parse(Array(" \n".utf8))
        }
    }

    @Test func timestampsKeepTheDateAsWrittenAndOrderByInstant() throws {
        let late = try #require(XAPITimestamp("2026-03-05T23:30:00.000-05:00"))
        let early = try #require(XAPITimestamp("2026-03-06T01:00:00Z"))
        #expect(late.date == CalendarDate(iso: "2026-03-05"))
        #expect(early.instant < late.instant)
        #expect(XAPITimestamp("2026-03-05T10:00+0100")?.instant == XAPITimestamp("2026-03-05T09:00:00Z")?.instant)
        for bad in ["2026-03-05", "2026-03-05 10:00:00Z", "2026-02-30T10:00:00Z", "2026-03-05T25:00:00Z", "2026-03-05T10:00:00.Z", "2026-03-05T10:00:00+1"] {
            #expect(XAPITimestamp(bad) == nil, "\(bad)")
        }
    }

    static let sdrSteps = ["accounts-setup", "tools-orientation", "product-training", "crm-hygiene-training", "cold-call-certification"]

    /// Every statement of the example file matched against an SDR with an email on a track
    /// without a mapping, and an AE known only by id.
    @Test func statementsMatchPeopleByEmailHashOrAccountAndStepsByTheirLastPart() throws {
        let matcher = XAPIMatcher(enrolments: [
            XAPIEnrolment(key: EnrolmentKey(person: "ana.lima", track: "sdr-30-60-90"), emails: ["Ana.Lima@example.com"], steps: Self.sdrSteps, mapping: nil),
            XAPIEnrolment(key: EnrolmentKey(person: "ben.okafor", track: "ae-onboarding"), emails: [], steps: ["accounts-setup"], mapping: nil),
        ])
        let document = try XAPIDocument.parse(Self.read(Self.example))
        let matches = try document.statements.map { position, json in matcher.match(try XAPIStatement(json, at: position)) }
        let ana = EnrolmentKey(person: "ana.lima", track: "sdr-30-60-90")
        #expect(matches == [
            .request(ana, .complete(step: "accounts-setup", evidence: nil, note: nil)),
            .request(EnrolmentKey(person: "ben.okafor", track: "ae-onboarding"), .complete(step: "accounts-setup", evidence: nil, note: nil)),
            .unmatched(XAPIUnmatched(.verb, "verb http://adlnet.gov/expapi/verbs/launched records nothing")),
            .request(ana, .complete(step: "tools-orientation", evidence: nil, note: nil)),
            .request(ana, .complete(step: "product-training", evidence: nil, note: nil)),
            .unmatched(XAPIUnmatched(.person, "no enrolled person has mailto:priya.nair@example.com; enrol them or record their email")),
            .request(ana, .complete(step: "crm-hygiene-training", evidence: nil, note: nil)),
            .voids("8323c389-70cc-4317-afd7-8fe195b0febe"),
        ])
    }

    @Test func aTracksMappingNamesActivitiesByIdOrPrefix() {
        let mapping = XAPIMapping(activityPrefix: "https://lms.example.com/sdr/",
                                  activities: ["https://lms.example.com/quiz/4711": "cold-call-certification"])
        let enrolment = XAPIEnrolment(key: EnrolmentKey(person: "ana.lima", track: "sdr-30-60-90"), emails: [], steps: Self.sdrSteps, mapping: mapping)
        #expect(enrolment.step(forActivity: "https://lms.example.com/quiz/4711") == "cold-call-certification")
        #expect(enrolment.step(forActivity: "https://lms.example.com/sdr/product-training") == "product-training")
        #expect(enrolment.step(forActivity: "https://elsewhere.example/course/tools-orientation") == "tools-orientation")
        #expect(enrolment.step(forActivity: "https://lms.example.com/quiz/4712") == nil)
        #expect(XAPIVocabulary.stepActivity("cold-call-certification", track: "sdr-30-60-90", mapping: mapping) == "https://lms.example.com/quiz/4711")
        #expect(XAPIVocabulary.stepActivity("product-training", track: "sdr-30-60-90", mapping: mapping) == "https://lms.example.com/sdr/product-training")
        #expect(XAPIVocabulary.stepActivity("product-training", track: "sdr-30-60-90", mapping: nil)
            == "https://salesops.dev/xapi/tracks/sdr-30-60-90/product-training")
    }

    @Test func scoresAreRawElseScaledAsAPercentage() {
        let raw = XAPIStatement.Result(success: true, scaled: 0.86, raw: 43)
        let scaled = XAPIStatement.Result(success: true, scaled: 0.86)
        #expect(XAPIMatcher.request(.passed, step: "quiz", result: raw) == .attempt(step: "quiz", score: 43, evidence: nil, value: nil, signedOffBy: nil, note: nil))
        #expect(XAPIMatcher.request(.failed, step: "quiz", result: scaled) == .attempt(step: "quiz", score: 86, evidence: nil, value: nil, signedOffBy: nil, note: nil))
        #expect(XAPIMatcher.request(.completed, step: "quiz", result: scaled) == .attempt(step: "quiz", score: 86, evidence: nil, value: nil, signedOffBy: nil, note: nil))
        #expect(XAPIMatcher.request(.satisfied, step: "call", result: nil) == .complete(step: "call", evidence: nil, note: nil))
        #expect(XAPIMatcher.request(.waived, step: "call", result: XAPIStatement.Result(response: "done elsewhere")) == .waive(step: "call", note: "done elsewhere"))
    }
}
