import Testing
@testable import SalesOpsPluginHost

/// A plugin that answers badly gives an error naming the plugin and the capability, never a crash.
@Suite("Malformed plugin responses")
struct MalformedResponseTests {
    static let registry = PluginFixtures.registry(compiling: [("malformed_plugin.c", "libmalformed.so"), ("good_plugin.c", "libgood.so")])

    static let threeCandidates = CriterionRequest(team: ["spec": ["seats": 10]], candidates: [["a": 1], ["b": 2], ["c": 3]])

    @Test(arguments: [
        ("truncated-json", "response is not JSON"),
        ("not-a-number", "response is not JSON"),
        ("infinite", "out of range"),
        ("wrong-shape", "scores: expected an array"),
        ("error-code", "pricing service unreachable"),
        ("error-without-body", "response is not JSON"),
        ("no-response", "no response body"),
    ])
    func criterionErrorNamesPluginAndCapability(id: String, expected: String) throws {
        let scorer = try Self.registry.get().criterion(id)
        let error = try #require(throws: PluginInvocationError.self) { try scorer.score(Self.threeCandidates) }
        #expect(error.plugin == "fixture-malformed")
        #expect(error.capability == "criterion/\(id)")
        #expect(error.description.contains(expected), "\(error)")
        #expect(error.description.contains("libmalformed.so"))
    }

    @Test func errorCodeIsKept() throws {
        let scorer = try Self.registry.get().criterion("error-code")
        let error = try #require(throws: PluginInvocationError.self) { try scorer.score(Self.threeCandidates) }
        #expect(error.code == 7)
        #expect(error.message == "pricing service unreachable")
    }

    @Test func wrongNumberOfScoresIsAnError() throws {
        let scorer = try Self.registry.get().criterion("fixture-constant")
        #expect(try scorer.score(Self.threeCandidates) == [1, 0.5, nil])
        let twoCandidates = CriterionRequest(team: [:], candidates: [[:], [:]])
        let error = try #require(throws: PluginInvocationError.self) { try scorer.score(twoCandidates) }
        #expect(error.description.contains("returned 3 scores for 2 candidates"))
    }

    @Test func wrongNumberOfVerifierResultsIsAnError() throws {
        let verifier = try Self.registry.get().verifier("too-few-results")
        let request = VerificationRequest(attempts: [CertificationAttempt(person: "ana", step: "quiz", date: "2026-03-02")])
        let error = try #require(throws: PluginInvocationError.self) { try verifier.verify(request) }
        #expect(error.description.contains("returned 0 results for 1 attempts"))
    }
}
