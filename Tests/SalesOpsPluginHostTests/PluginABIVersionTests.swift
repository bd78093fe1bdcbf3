import Foundation
import Testing
@testable import SalesOpsPluginHost

/// Plugin ABI version 2 and version 1 side by side, with real `.so` plugins in salesops and in
/// a helper process: a plugin built for version 1 keeps loading and receives the version-1
/// shapes; a version-2 plugin receives the whole context and may answer pending.
@Suite("Plugin ABI versions")
struct PluginABIVersionTests {
    /// Both fixture plugins in one folder, in salesops (pinned `isolation=in-process`) or isolated.
    static func registry(_ isolation: PluginIsolation) throws -> PluginRegistry {
        let folder = try PluginFixtures.makeFolder()
        var lock = ""
        for (source, library) in [("abi1_plugin.c", "libabi1.so"), ("abi2_plugin.c", "libabi2.so")] {
            let path = try PluginFixtures.compile(source, as: library, into: folder)
            lock += "\(try #require(SHA256.hex(ofFile: path)))  \(library)\n# salesops: isolation=\(isolation.rawValue) \(library)\n"
        }
        try lock.write(toFile: folder + "/plugins.lock", atomically: true, encoding: .utf8)
        var registry = PluginRegistry()
        let report = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(registry.plugin("fixture-abi1")?.isolation == isolation)
        return registry
    }

    /// An attempt with everything version 2 adds.
    static let richAttempt = CertificationAttempt(
        person: "ana", step: "shadow-calls", attemptNumber: 2, date: "2026-03-09", due: "2026-03-13", evidenceCount: 2,
        evidence: [EvidenceItem(fields: ["kind": "call", "customer": "acme"]), EvidenceItem(fields: ["kind": "demo"])],
        note: "second try", earlierAttempts: [EarlierAttempt(attemptNumber: 1, date: "2026-03-02", outcome: .pending, reason: "waiting")],
        personFields: ["manager": "lee", "timezone": "Europe/Lisbon"])

    static let contextRequest = CriterionRequest(
        team: ["metadata": ["name": "t"]], candidates: [["metadata": ["name": "alpha"]]], today: "2026-06-01",
        costs: [["tier": "Pro", "currency": "USD", "horizonYears": 3, "total": 1800, "totalHigh": 1800]], exchangeRates: ["EUR": 1.08])

    @Test(arguments: [PluginIsolation.inProcess, .process])
    func aVersionOnePluginLoadsAndReceivesVersionOneShapes(isolation: PluginIsolation) throws {
        let registry = try Self.registry(isolation)
        #expect(registry.plugin("fixture-abi1")?.manifest.abiVersion == 1)
        let results = try registry.verifier("v1-echo").verify(VerificationRequest(params: ["passMark": 2], attempts: [Self.richAttempt]))
        #expect(results.map(\.outcome) == [.passed])
        // The verifier's reason is the request it received: exactly version 1's shape.
        let received = try JSONValue(parsing: Array(try #require(results.first).reason.utf8))
        let expected = VerificationRequest(params: ["passMark": 2], attempts: [CertificationAttempt(
            person: "ana", step: "shadow-calls", attemptNumber: 2, date: "2026-03-09", due: "2026-03-13", evidenceCount: 2)])
        #expect(received == expected.json)
        #expect(try registry.criterion("v1-shape").score(Self.contextRequest) == [1])
    }

    @Test(arguments: [PluginIsolation.inProcess, .process])
    func aVersionTwoPluginReceivesTheWholeAttemptAndMayAnswerPending(isolation: PluginIsolation) throws {
        let registry = try Self.registry(isolation)
        #expect(registry.plugin("fixture-abi2")?.manifest.abiVersion == 2)
        let request = VerificationRequest(attempts: [Self.richAttempt])
        let echoed = try registry.verifier("v2-echo").verify(request)
        #expect(try JSONValue(parsing: Array(try #require(echoed.first).reason.utf8)) == request.json)
        #expect(try VerificationRequest(json: request.json) == request, "the wire shape reads back whole")

        let first = CertificationAttempt(person: "ana", step: "board", date: "2026-03-02", evidenceCount: 1)
        #expect(try registry.verifier("review-board").verify(VerificationRequest(attempts: [first]))
            == [.pending("waiting for the review board")])
        var second = CertificationAttempt(person: "ana", step: "board", attemptNumber: 2, date: "2026-03-05", signedOffBy: "lee")
        second.earlierAttempts = [EarlierAttempt(attemptNumber: 1, date: "2026-03-02", outcome: .pending, reason: "waiting for the review board")]
        #expect(try registry.verifier("review-board").verify(VerificationRequest(attempts: [second])) == [.pass("the review board approved")])
    }

    @Test func aCriterionDeclaresItsDirectionAndRange() throws {
        let registry = try Self.registry(.process)
        let descriptor = try #require(registry.entry(.criterion, "probe")?.descriptor)
        #expect(descriptor.direction == .cost)
        #expect(descriptor.range == ValueRange(min: 0, max: 10))
        #expect(descriptor.range?.description == "0…10")
    }

    @Test func pendingIsPartOfTheVerifierResponseShape() throws {
        let result = try VerificationResponse(json: ["results": [["pending": true, "reason": "later"]]])
        #expect(result.results == [.pending("later")])
        #expect(result.results.first?.passed == false)
        #expect(throws: WireFormatError.self) { try VerificationResponse(json: ["results": [["reason": "no verdict"]]]) }
    }
}
