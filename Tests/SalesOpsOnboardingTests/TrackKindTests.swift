import SalesOpsOnboarding
import SalesOpsPluginHost
import SalesOpsTestSupport
import Testing

/// Tracks are checked through their track kind from the registry: no audience is built in.
@Suite("Track kinds")
struct TrackKindTests {
    @Test func shippedTracksPassTheirKinds() throws {
        let catalog = try OnboardingFixtures.catalog(OnboardingFixtures.shippedCatalog)
        let registry = try OnboardingFixtures.registry()
        #expect(catalog.tracks.count == 5)
        for track in catalog.tracks {
            try OnboardingRules.checkTrack(track, registry: registry)
        }
    }

    @Test func anAudienceNoPluginProvidesIsRefused() throws {
        let catalog = try OnboardingFixtures.catalog(OnboardingFixtures.fixtureCatalog)
        let registry = try OnboardingFixtures.registry()
        #expect(throws: OnboardingError.unknownTrackKind(track: "partner-track", audience: "franchisee", known: ["customer", "hire", "partner"])) {
            try OnboardingRules.checkTrack(try #require(catalog.track(named: "partner-track")), registry: registry)
        }
        // An empty registry knows no audience at all.
        #expect(throws: OnboardingError.unknownTrackKind(track: "quick-cert", audience: "hire", known: [])) {
            try OnboardingRules.checkTrack(try #require(catalog.track(named: "quick-cert")), registry: PluginRegistry())
        }
    }

    @Test func theKindChecksOwnersAndRequiredFields() throws {
        let catalog = try OnboardingFixtures.catalog(OnboardingFixtures.fixtureCatalog)
        let error = try #require(throws: OnboardingError.self) {
            try OnboardingRules.checkTrack(try #require(catalog.track(named: "bad-owner")), registry: try OnboardingFixtures.registry())
        }
        guard case .invalidTrack(let track, let problems) = error else { Issue.record("unexpected \(error)"); return }
        #expect(track == "bad-owner")
        #expect(problems.contains { $0.hasPrefix("role:") })
        #expect(problems.contains { $0.hasPrefix("steps[0].owner:") && $0.contains("\"customer\" is not allowed") })
    }

    @Test func versionsFollowContent() throws {
        let first = try OnboardingFixtures.plan("quick-cert")
        let again = try OnboardingFixtures.plan("quick-cert")
        #expect(first.version.hash == again.version.hash)
        #expect(first.version.hash.count == 64)
        let other = try OnboardingFixtures.plan("partner-track")
        #expect(first.version.hash != other.version.hash)
        let reread = try TrackVersion(trackJSON: first.version.trackJSON, calendarJSON: first.version.calendarJSON)
        #expect(reread.hash == first.version.hash)
        #expect(reread.track.spec.steps.map(\.id) == ["intro", "prep", "pitch-quiz", "review"])
    }
}
