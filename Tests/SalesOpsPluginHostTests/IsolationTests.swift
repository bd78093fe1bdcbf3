import Testing
@testable import SalesOpsPluginHost

/// An isolated plugin runs in its own process: a crash, a hang or an `exit()` there becomes
/// that plugin's error, the other plugins keep working, and the host never dies of it.
@Suite("Plugin isolation")
struct IsolationTests {
    static let threeCandidates = CriterionRequest(team: [:], candidates: [[:], [:], [:]])

    /// The misbehaving fixture and a well-behaved one, isolated, with a five-second time limit (long enough for a loaded machine to start the helper).
    static func registry() throws -> (PluginRegistry, String) {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("misbehaving_plugin.c", as: "libmisbehaving.so", into: folder)
        try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        var loader = PluginFixtures.loader([folder])
        loader.isolation.callTimeoutSeconds = 5
        var registry = PluginRegistry()
        let report = loader.load(into: &registry)
        #expect(report.failures.isEmpty, "\(report.failures)")
        return (registry, folder)
    }

    @Test func pluginsFromExplicitFoldersRunInAHelperProcessAndAnswerTheSame() throws {
        let (registry, _) = try Self.registry()
        #expect(registry.plugin("fixture-good")?.isolation == .process)
        #expect(try registry.criterion("fixture-constant").score(Self.threeCandidates) == [1, 0.5, nil])
        #expect(try registry.criterion("fine").score(Self.threeCandidates) == [1, 0.5, nil])
    }

    @Test(arguments: [
        ("crashes", "its helper process crashed (signal 11, Segmentation fault)"),
        ("hangs", "its helper process did not answer within 5 s and was stopped"),
        ("exits", "its helper process exited with status 0 in the middle of a call"),
    ])
    func aMisbehavingPluginFailsAloneAndClearly(id: String, message: String) throws {
        let (registry, folder) = try Self.registry()
        let error = try #require(throws: PluginInvocationError.self) { try registry.criterion(id).score(Self.threeCandidates) }
        #expect(error.description == "plugin fixture-misbehaving (\(folder)/libmisbehaving.so): criterion/\(id) failed: \(message)")
        // The same plugin's later calls say why, without waiting again.
        let again = try #require(throws: PluginInvocationError.self) { try registry.criterion("fine").score(Self.threeCandidates) }
        #expect(again.message == "its helper process stopped earlier: \(message.dropFirst("its helper process ".count))")
        // The other plugin is untouched.
        #expect(try registry.criterion("fixture-constant").score(Self.threeCandidates) == [1, 0.5, nil])
    }

    @Test func anIsolatedOversizedResponseIsRefusedUnread() throws {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("oversized_plugin.c", as: "liboversized.so", into: folder)
        var registry = PluginRegistry()
        _ = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(registry.plugin("fixture-oversized")?.isolation == .process)
        let error = try #require(throws: PluginInvocationError.self) { try registry.criterion("claims-a-terabyte").score(Self.threeCandidates) }
        #expect(error.message == "response of 1099511627776 bytes is longer than the host's limit of 67108864 bytes (64 MiB); refused unread")
    }

    @Test func loadRefusalsReadTheSameFromAHelperProcess() throws {
        let folder = try PluginFixtures.makeFolder()
        try PluginFixtures.compile("wrong_abi_plugin.c", as: "libwrong.so", into: folder)
        var registry = PluginRegistry()
        let report = PluginFixtures.loader([folder]).load(into: &registry)
        #expect(report.failures.map(\.problem) == [.abiMismatch])
        #expect(report.failures.first?.reason == "built for plugin ABI version 99, but this salesops speaks versions 1 to 2")
    }

    @Test func theLockFileAndTheOptionChooseWhereAPluginRuns() throws {
        let folder = try PluginFixtures.makeFolder()
        let library = try PluginFixtures.compile("good_plugin.c", as: "libgood.so", into: folder)
        let digest = try #require(SHA256.hex(ofFile: library))
        try "\(digest)  libgood.so\n# salesops: isolation=in-process libgood.so\n"
            .write(toFile: folder + "/plugins.lock", atomically: true, encoding: .utf8)
        var pinned = PluginRegistry()
        _ = PluginFixtures.loader([folder]).load(into: &pinned)
        #expect(pinned.plugin("fixture-good")?.isolation == .inProcess)

        var loader = PluginFixtures.loader([folder])
        loader.isolation.isolateAll = true
        var everything = PluginRegistry()
        _ = loader.load(into: &everything)
        #expect(everything.plugin("fixture-good")?.isolation == .process)
    }

    @Test func bundledPluginsBesideTheExecutableRunInProcessUnlessAsked() throws {
        let bundled = try PluginFixtures.bundledRegistry()
        #expect(bundled.plugin("residency-fit")?.isolation == .inProcess)
        var registry = PluginRegistry()
        let searchPath = PluginSearchPath.standard(environment: nil, executableFolder: try PluginFixtures.productsFolder())
        let report = PluginLoader(searchPath: searchPath, isolation: IsolationPolicy(isolateAll: true)).load(into: &registry)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(registry.plugin("residency-fit")?.isolation == .process)
        #expect(registry.plugin("hire-onboarding")?.isolation == .process)
    }

    @Test func aMalformedIsolationLineIsAnError() {
        #expect(throws: PluginLoadFailure.self) {
            try PluginLock(path: "plugins.lock", text: "# salesops: isolation=sandbox libgood.so\n")
        }
    }
}
