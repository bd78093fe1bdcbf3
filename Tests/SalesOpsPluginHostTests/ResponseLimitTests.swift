import Testing
@testable import SalesOpsPluginHost

/// A response longer than the host's 64 MiB limit, or than the plugin's own `maxResponseBytes`,
/// is refused before a byte of it is read.
@Suite("Plugin response limits")
struct ResponseLimitTests {
    static let registry = PluginFixtures.registry(compiling: [("oversized_plugin.c", "liboversized.so"), ("overpromised_plugin.c", "liboverpromised.so")])

    static let threeCandidates = CriterionRequest(team: [:], candidates: [[:], [:], [:]])

    @Test(arguments: [
        ("over-limit", "response of 67108865 bytes is longer than the host's limit of 67108864 bytes (64 MiB); refused unread"),
        ("claims-a-terabyte", "response of 1099511627776 bytes is longer than the host's limit of 67108864 bytes (64 MiB); refused unread"),
    ])
    func overTheHostLimitIsRefusedUnread(id: String, message: String) throws {
        let scorer = try Self.registry.get().criterion(id)
        let error = try #require(throws: PluginInvocationError.self) { try scorer.score(Self.threeCandidates) }
        #expect(error == PluginInvocationError(plugin: "fixture-oversized", file: error.file, capability: "criterion/\(id)",
                                               code: nil, message: message))
        #expect(error.file.hasSuffix("/liboversized.so"))
    }

    @Test func exactlyTheHostLimitIsRead() throws {
        let scorer = try Self.registry.get().criterion("at-limit")
        #expect(try scorer.score(Self.threeCandidates) == [1, 0.5, nil])
    }

    @Test func longerThanThePluginPromisedIsRefusedUnread() throws {
        let registry = try Self.registry.get()
        #expect(registry.plugin("fixture-overpromised")?.maxResponseBytes == 16)
        let error = try #require(throws: PluginInvocationError.self) { try registry.criterion("too-long").score(Self.threeCandidates) }
        #expect(error.description.hasSuffix(
            "criterion/too-long returned a malformed response: response of 23 bytes is longer than its manifest's maxResponseBytes (16); refused unread"))
        #expect(try registry.criterion("short").score(CriterionRequest(team: [:], candidates: [[:]])) == [1])
    }
}
