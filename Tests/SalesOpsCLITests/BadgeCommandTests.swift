import Foundation
import SalesOpsTestSupport
import Testing

/// A certification coming out of the walkthrough's store as a signed Open Badges credential, and
/// `verify badge` checking it as its receiver would: from the store's keys or a key file, after a
/// key rotation, tampered with, and after it expired.
@Suite struct BadgeCommandTests {
    static let issuer = ["--issuer-url", "https://example.com/badges", "--issuer-name", "Example Sales"]
    static let file = "badges/ana.lima-cold-call-certification-1.json"

    /// A copy of the walkthrough's store in a folder of its own: these tests add and rotate keys.
    static func folder() throws -> URL {
        let seeded = try JSONContractTests.seeded.get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-badges-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: seeded.appendingPathComponent("salesops.db"), to: folder.appendingPathComponent("salesops.db"))
        return folder
    }

    static func run(_ arguments: [String], in folder: URL) throws -> TestProcess.Result {
        try JSONContractTests.salesops(arguments, in: folder)
    }

    @Test func anExportedBadgeVerifiesFromTheStoreAndFromAKeyFile() throws {
        let folder = try Self.folder()
        let export = try Self.run(["export", "badges", "ana.lima", "--output", "badges", "--today", "2026-03-20"] + Self.issuer, in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "Wrote 3 credentials to badges:\n  ana.lima-shadow-discovery-calls-1.json\n"
            + "  ana.lima-cold-call-certification-1.json\n  ana.lima-review-30-day-1.json\n")

        let verified = try Self.run(["verify", "badge", Self.file, "--today", "2026-04-01"], in: folder)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout == """
            \(Self.file): verified
              format    ok      OpenBadgeCredential urn:uuid:43d9b3cf-ee1f-8b59-8e09-47a636f9c871
              issuer    ok      https://example.com/badges, key key-1
              signature ok      eddsa-jcs-2022, Ed25519
              validity  ok      from 2026-03-20T00:00:00Z until 2027-03-20T00:00:00Z

            """)

        // The public keys as a file, for someone without the store.
        let keys = try Self.run(["badges", "key", "--format", "json"], in: folder)
        #expect(keys.status == 0, "\(keys.stderr)")
        try keys.stdout.write(to: folder.appendingPathComponent("keys.json"), atomically: true, encoding: .utf8)
        try JSONContractTests.validate(folder.appendingPathComponent("keys.json"), against: "output/badges-key.schema.json")
        let elsewhere = try Self.run(["verify", "badge", folder.appendingPathComponent(Self.file).path, "--key", "keys.json",
                                      "--issuer-url", "https://example.com/badges", "--store", "none.db", "--today", "2026-04-01"], in: folder)
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.db").path))
    }

    @Test func aTamperedOrExpiredBadgeIsRefusedNamingTheCheck() throws {
        let folder = try Self.folder()
        #expect(try Self.run(["export", "badges", "--all", "--output", "badges", "--today", "2026-03-20"] + Self.issuer, in: folder).status == 0)
        let expired = try Self.run(["verify", "badge", Self.file, "--today", "2027-03-20"], in: folder)
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("\n  validity  FAILED  expired: valid until 2027-03-20T00:00:00Z\n"))
        #expect(expired.stderr == "salesops: \(Self.file): NOT VERIFIED: validity: expired: valid until 2027-03-20T00:00:00Z\n")

        let url = folder.appendingPathComponent(Self.file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\"identityHash\": \"ana.lima\"", with: "\"identityHash\": \"ben.okafor\"")
            .write(to: url, atomically: true, encoding: .utf8)
        let tampered = try Self.run(["verify", "badge", Self.file, "--today", "2026-04-01"], in: folder)
        #expect(tampered.status == 1)
        #expect(tampered.stderr == "salesops: \(Self.file): NOT VERIFIED: signature: the signature does not match the credential: "
            + "it was changed after signing, or signed by another key\n")

        let wrongIssuer = try Self.run(["verify", "badge", Self.file, "--issuer-url", "https://other.example", "--today", "2026-04-01"], in: folder)
        #expect(wrongIssuer.status == 1)
        #expect(wrongIssuer.stderr.contains("NOT VERIFIED: issuer: the credential's issuer is https://example.com/badges, not https://other.example"))
    }

    /// After a rotation new badges are signed with key-2, and those signed with key-1 still verify.
    @Test func rotatingTheKeyKeepsEarlierBadgesValid() throws {
        let folder = try Self.folder()
        #expect(try Self.run(["export", "badges", "ana.lima", "--output", "badges", "--today", "2026-03-20"] + Self.issuer, in: folder).status == 0)
        let rotated = try Self.run(["badges", "key", "--rotate"], in: folder)
        #expect(rotated.status == 0, "\(rotated.stderr)")
        let lines = rotated.stdout.split(separator: "\n")
        #expect(lines.first == "Rotated: key-2 signs badges from now on; the earlier keys still verify.")
        #expect(lines.count == 3 && lines[1].hasPrefix("key-1  z6Mk") && lines[2].hasPrefix("key-2  z6Mk") && lines[2].hasSuffix("  (current)"))

        #expect(try Self.run(["verify", "badge", Self.file, "--today", "2026-04-01"], in: folder).status == 0)
        let again = try Self.run(["export", "badges", "ana.lima", "--today", "2026-03-20"] + Self.issuer, in: folder)
        #expect(again.stdout.contains("\"verificationMethod\": \"https://example.com/badges#key-2\""))
    }

    @Test func badInputIsRefusedWithTheFix() throws {
        let folder = try Self.folder()
        let noIssuer = try Self.run(["export", "badges", "ana.lima"], in: folder)
        #expect(noIssuer.status == 2)
        #expect(noIssuer.stderr.contains("give the issuer's address with --issuer-url URL (or set SALESOPS_BADGE_ISSUER_URL)"))
        let badIssuer = try Self.run(["export", "badges", "ana.lima", "--issuer-url", "example.com"], in: folder)
        #expect(badIssuer.status == 1)
        #expect(badIssuer.stderr.contains("--issuer-url: \"example.com\" is not an issuer URL"))
        let nobody = try Self.run(["export", "badges", "ana.lim"] + Self.issuer, in: folder)
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("no person named `ana.lim` in the store; did you mean `ana.lima`?"))
        let missing = try Self.run(["verify", "badge", "missing.json"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "salesops: cannot read missing.json: no such file, or it cannot be read\n")
        try "{\"hello\": ".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try Self.run(["verify", "badge", "broken.json"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("salesops: cannot read broken.json: invalid JSON at byte"))
    }
}
