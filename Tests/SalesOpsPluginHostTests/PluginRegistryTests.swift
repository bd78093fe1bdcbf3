import Testing
@testable import SalesOpsPluginHost

@Suite("Plugin registry")
struct PluginRegistryTests {
    struct ConstantCriterion: CriterionScorer {
        let id: String
        func score(_ request: CriterionRequest) throws -> [Double?] { request.candidates.map { _ in 1 } }
    }

    struct AlwaysPass: CertificationVerifier {
        let id = "always"
        func verify(_ request: VerificationRequest) throws -> [VerificationResult] {
            request.attempts.map { _ in .pass("ok") }
        }
    }

    @Test func builtInsRegisterAndAreFoundByTypeAndId() throws {
        var registry = PluginRegistry()
        try registry.register(criterion: ConstantCriterion(id: "price"))
        try registry.register(verifier: AlwaysPass())
        #expect(try registry.criterion("price").score(CriterionRequest(team: [:], candidates: [[:], [:]])) == [1, 1])
        #expect(registry.entry(.criterion, "price")?.origin == .builtIn)
        #expect(registry.ids(of: .verifier) == ["always"])
        #expect(!registry.contains(.verifier, "price"))
        #expect(registry.entries.map(\.id) == ["price", "always"])
    }

    @Test func aBuiltInClashingWithALoadedPluginNamesBoth() throws {
        let folder = try PluginFixtures.makeFolder()
        let file = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        var registry = PluginRegistry()
        try registry.register(criterion: ConstantCriterion(id: "fixture-constant"))
        let report = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(report.loaded.isEmpty)
        let failure = try #require(report.failures.first)
        #expect(failure.problem == .duplicateCapability)
        #expect(failure.reason == "criterion \"fixture-constant\" is provided twice: by built in and by plugin fixture-good (\(file)); remove one of them from the plugin path")
        #expect(registry.plugins.isEmpty)
    }

    @Test func aDuplicateBuiltInIsAnError() throws {
        var registry = PluginRegistry()
        try registry.register(criterion: ConstantCriterion(id: "price"))
        #expect(throws: PluginRegistryError.self) { try registry.register(criterion: ConstantCriterion(id: "price")) }
    }

    @Test func unknownIdsListWhatIsThere() throws {
        var registry = PluginRegistry()
        try registry.register(criterion: ConstantCriterion(id: "price"))
        let error = try #require(throws: PluginRegistryError.self) { try registry.criterion("zzz") }
        #expect(error.description == "no criterion \"zzz\" is registered; known: price")
    }
}
