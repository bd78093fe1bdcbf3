import SalesOpsOnboarding
import SalesOpsTestSupport
import Testing

/// A track version is the SHA-256 of the track's canonical JSON, and stores keep it: the same
/// shipped track must hash as it did when those stores were written, or every enrolment would
/// look pinned to a version the catalog no longer has.
@Suite struct TrackVersionHashTests {
    static let pinned: [String: (track: String, calendar: String)] = [
        "sdr-30-60-90": ("1cb72ff7b3ae31c1448b8f8e48f6fadcfef7b165d2baf459e18f099190548027",
                         "139fabd65dff3179a4afae5c71b7ce3f6f1c6232665da90e92781c0a5e5d7d20"),
        "ae-onboarding": ("b78342666aa074c28dfad5c6200fda5fe0580fea244792a970f9a7120c58671c",
                          "139fabd65dff3179a4afae5c71b7ce3f6f1c6232665da90e92781c0a5e5d7d20"),
        "csm-onboarding": ("2a57d8700e4064b99aa1e045d5146a9c6ecb55ea5acfd4b1f980365ef5144368",
                           "139fabd65dff3179a4afae5c71b7ce3f6f1c6232665da90e92781c0a5e5d7d20"),
        "smb-customer": ("9f93c0ceef1579bb8b397967fc900268ecdbb68ce45a562c4f519de3c7faba49",
                         "139fabd65dff3179a4afae5c71b7ce3f6f1c6232665da90e92781c0a5e5d7d20"),
        "enterprise-customer": ("cda21bde855ca42b2f8a15c10159fccf5fa17798f689f442659271a56d1420cc",
                                "d964cb446749beee7e0ea26b3f39d39c6611b8afc6f63c951ec77c46f045b416"),
    ]

    @Test(arguments: pinned.keys.sorted())
    func shippedTrackKeepsItsVersion(_ name: String) throws {
        let catalog = try OnboardingFixtures.catalog(OnboardingFixtures.shippedCatalog)
        let track = try #require(catalog.track(named: name))
        let version = try TrackVersion(track: track, calendar: try #require(catalog.calendar(named: track.spec.calendar)))
        #expect(version.hash == Self.pinned[name]?.track)
        #expect(version.calendarHash == Self.pinned[name]?.calendar)
        // Reading the stored text back gives the same version.
        let reread = try TrackVersion(trackJSON: version.trackJSON, calendarJSON: version.calendarJSON)
        #expect(reread.hash == version.hash)
    }
}
