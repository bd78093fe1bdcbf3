import Foundation
import SalesOpsBadges
import SalesOpsBasics
import SalesOpsTestSupport
import Testing

/// Open Badges 3.0 credentials as a wallet or verifier receives them: the required fields (checked
/// against schema/open-badge-credential.schema.json), the eddsa-jcs-2022 proof checked against the
/// W3C specification's test vector, a credential re-serialised by another JSON tool still verifying,
/// and every changed field, an unknown key, a wrong issuer and a closed validity window refused.
@Suite struct OpenBadgeCredentialTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let updating = ProcessInfo.processInfo.environment["SALESOPS_UPDATE_GOLDEN"] == "1"

    static let issuer = BadgeIssuer(id: "https://example.com/badges", name: "Example Sales")
    /// A fixed seed, so the signed credential is the same on every run (Ed25519 is deterministic).
    static let key = BadgeSigningKey(id: "key-1", seed: Array(1...32))!
    static let award = BadgeAward(
        person: "ana.lima", email: "ana.lima@example.com", track: "sdr-30-60-90", step: "cold-call-certification",
        name: "Cold call certification", description: "Live cold call role-play scored by enablement.",
        criteria: "Pass \"Cold call certification\" on the SDR 30-60-90 onboarding track, decided by the quiz-score verifier (passMark: 80). Valid for 6m, renewable from 30d before it ends.",
        period: 1, validFrom: CalendarDate(iso: "2026-03-20")!, validUntil: CalendarDate(iso: "2026-09-20")!)
    static let created = UTCTimestamp(date: CalendarDate(iso: "2026-03-20")!)

    static func signed() throws -> JSONValue {
        try OpenBadgeCredential.signed(award, issuer: issuer, key: key, created: created)
    }

    static func verifier(on date: String, issuer: String? = nil, keys: [BadgePublicKey] = [key.publicKey]) -> BadgeVerifier {
        BadgeVerifier(keys: keys, issuer: issuer, now: UTCTimestamp(date: CalendarDate(iso: date)!, hour: 12))
    }

    static func failures(_ verification: BadgeVerification) -> [String] {
        verification.outcomes.compactMap { outcome in outcome.failure.map { "\(outcome.check.rawValue): \($0)" } }
    }

    // MARK: The W3C test vector

    /// The eddsa-jcs-2022 test vector of the W3C vc-di-eddsa specification (TestVectors/eddsa-jcs-2022):
    /// its signed credential verifies, and signing its unsigned credential gives its proofValue.
    @Test func theW3CTestVectorVerifiesAndIsReproduced() throws {
        let signed = try JSONValue(parsing: Data(contentsOf: Self.fixtures.appendingPathComponent("w3c-eddsa-jcs-2022-signed.json")))
        let publicKey = try #require(Multibase.ed25519PublicKey(multibase: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"))
        let key = try #require(BadgePublicKey(id: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", bytes: publicKey))
        #expect(DataIntegrityProof.problem(signed, key: key) == nil)

        // The private key's multibase is the ed25519-priv multicodec (0x80 0x26) and the 32-byte seed.
        let secret = try #require(Multibase.bytes(base58btc: "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"))
        #expect(Array(secret.prefix(2)) == [0x80, 0x26])
        let signingKey = try #require(BadgeSigningKey(id: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", seed: Array(secret.dropFirst(2))))
        #expect(signingKey.publicKey.bytes == publicKey)
        guard case .object(var document) = signed else { Issue.record("not an object"); return }
        let removed = document.removeValue(forKey: "proof")
        let proof = try #require(removed)
        let again = try DataIntegrityProof.sign(
            .object(document), verificationMethod: try #require(proof["verificationMethod"]?.stringValue), key: signingKey,
            created: try #require(UTCTimestamp(iso: "2023-02-24T23:36:38Z")))
        #expect(again == signed)
    }

    /// RFC 8785's examples: numbers as ECMAScript writes them, members by UTF-16 code units.
    @Test func canonicalJSONFollowsRFC8785() throws {
        let numbers = try JSONValue(parsing: "[333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001, -0, 100, 1e21, 1e-7, 123456789012]")
        #expect(String(decoding: numbers.canonicalBytes, as: UTF8.self)
            == "[333333333.3333333,1e+30,4.5,0.002,1e-27,0,100,1e+21,1e-7,123456789012]")
        let members = try JSONValue(parsing: #"{"\u20ac":1,"\r":2,"\ufb33":3,"1":4,"\ud83d\ude00":5,"\u0080":6,"\u00f6":7, "a": "\u001f\"\\/"}"#)
        #expect(String(decoding: members.canonicalBytes, as: UTF8.self)
            == "{\"\\r\":2,\"1\":4,\"a\":\"\\u001f\\\"\\\\/\",\"\u{80}\":6,\"ö\":7,\"€\":1,\"😀\":5,\"\u{FB33}\":3}")
    }

    @Test func multikeyAndJWKForms() throws {
        // The 1EdTech Open Badges 3.0 implementation guide's example key.
        let bytes: [UInt8] = Array(hex: "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5")
        let key = try #require(BadgePublicKey(id: "key-1", bytes: bytes))
        #expect(key.multibase == "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
        #expect(key.jwk == .object(["kty": "OKP", "crv": "Ed25519", "x": "S96v3i6ovu-t2MaZtcfgcEz1EVTVLheyC3EzfKBMxaU", "kid": "key-1"]))
        #expect(BadgePublicKey.keys(inFile: key.jwk) == [key])
        #expect(BadgePublicKey.keys(inFile: .object(["keys": .array([.object(["id": "key-1", "publicKeyMultibase": .string(key.multibase)])])])) == [key])
    }

    // MARK: salesops's credentials

    /// The credential compared whole with its golden file, then checked against the schema of the
    /// Open Badges 3.0 required fields, and verified.
    @Test func credentialMatchesItsGoldenFileAndTheRequiredFields() throws {
        let credential = try Self.signed()
        let url = Self.fixtures.appendingPathComponent("ana.lima-cold-call-certification-1.json")
        let text = credential.prettyText + "\n"
        if Self.updating { try text.write(to: url, atomically: true, encoding: .utf8) }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)), "if intended, regenerate with SALESOPS_UPDATE_GOLDEN=1")
        let problems = try SchemaValidation.problems(url, against: "open-badge-credential.schema.json", packageRoot: Self.packageRoot)
        #expect(problems == nil, "\(problems ?? "")")
        #expect(OpenBadgeFields.missing(in: credential) == [])
        #expect(Self.verifier(on: "2026-04-01").verify(credential).verified)
        // Exporting again gives the same credential id.
        #expect(try Self.signed()["id"] == credential["id"])
    }

    /// Re-serialised by Python's json module with every object's keys reversed and another
    /// indentation, the credential still verifies: the proof covers the JSON, not its bytes.
    @Test func verifiesAfterAJSONRoundTripWithKeyOrderAndWhitespaceChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-badge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("badge.json")
        let reordered = folder.appendingPathComponent("reordered.json")
        try (try Self.signed()).prettyText.write(to: original, atomically: true, encoding: .utf8)
        let python = """
            import json, sys
            def reverse(value):
                if isinstance(value, dict):
                    return {key: reverse(value[key]) for key in reversed(list(value))}
                if isinstance(value, list):
                    return [reverse(item) for item in value]
                return value
            document = reverse(json.load(open(sys.argv[1])))
            open(sys.argv[2], "w").write(json.dumps(document, indent="\\t", separators=(" ,", " : "), ensure_ascii=True))
            """
        let run = try TestProcess.run("/usr/bin/env", ["python3", "-c", python, original.path, reordered.path], in: folder,
                                      environment: ProcessInfo.processInfo.environment)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: reordered, encoding: .utf8)
        #expect(text != (try String(contentsOf: original, encoding: .utf8)))
        #expect(text.hasPrefix("{\n\t\"validUntil\" : \"2026-09-20T00:00:00Z\" ,\n\t\"validFrom\""))
        let verification = Self.verifier(on: "2026-04-01").verify(try JSONValue(parsing: text))
        #expect(Self.failures(verification) == [])
        #expect(verification.outcomes.map(\.check) == [.format, .issuer, .signature, .validity])
    }

    struct Tampering: CustomTestStringConvertible, Sendable {
        var path: [String]
        var value: JSONValue
        var testDescription: String { path.joined(separator: ".") }
    }

    static let tamperings = [
        Tampering(path: ["name"], value: "Discovery certification"),
        Tampering(path: ["validUntil"], value: "2036-09-20T00:00:00Z"),
        Tampering(path: ["validFrom"], value: "2026-03-19T00:00:00Z"),
        Tampering(path: ["issuer", "name"], value: "Someone Else"),
        Tampering(path: ["credentialSubject", "identifier"], value: .array([.object([
            "type": "IdentityObject", "hashed": false, "identityHash": "mallory@example.com", "identityType": "emailAddress"])])),
        Tampering(path: ["credentialSubject", "achievement", "criteria", "narrative"], value: "Attend once."),
        Tampering(path: ["credentialSubject", "achievement", "achievementType"], value: "Degree"),
        Tampering(path: ["id"], value: "urn:uuid:00000000-0000-8000-8000-000000000000"),
        Tampering(path: ["extra"], value: true),
        Tampering(path: ["proof", "created"], value: "2030-01-01T00:00:00Z"),
        Tampering(path: ["proof", "proofPurpose"], value: "authentication"),
    ]

    /// Any field changed, added or re-dated after signing fails the signature check, by name.
    @Test(arguments: tamperings)
    func aTamperedCredentialFailsTheSignature(_ tampering: Tampering) throws {
        func set(_ value: JSONValue, at path: ArraySlice<String>, in json: JSONValue) -> JSONValue {
            guard let key = path.first, case .object(var members) = json else { return value }
            members[key] = set(value, at: path.dropFirst(), in: members[key] ?? .null)
            return .object(members)
        }
        let tampered = set(tampering.value, at: tampering.path[...], in: try Self.signed())
        let verification = Self.verifier(on: "2026-04-01").verify(tampered)
        #expect(!verification.verified)
        #expect(verification.firstFailure?.check == .signature)
        #expect(verification.firstFailure?.failure == "the signature does not match the credential: it was changed after signing, or signed by another key")
    }

    @Test func anExpiredCredentialIsReportedExpiredAndAnEarlyOneNotYetValid() throws {
        let credential = try Self.signed()
        #expect(Self.failures(Self.verifier(on: "2026-09-20").verify(credential)) == ["validity: expired: valid until 2026-09-20T00:00:00Z"])
        #expect(Self.failures(Self.verifier(on: "2026-03-19").verify(credential)) == ["validity: not yet valid: valid from 2026-03-20T00:00:00Z"])
        #expect(Self.failures(Self.verifier(on: "2026-09-19").verify(credential)) == [])
    }

    @Test func anotherIssuerOrAnUnknownKeyFailsTheIssuerCheck() throws {
        let credential = try Self.signed()
        #expect(Self.failures(Self.verifier(on: "2026-04-01", issuer: "https://other.example/badges").verify(credential)) == [
            "issuer: the credential's issuer is https://example.com/badges, not https://other.example/badges",
            "signature: not checked: no key of the issuer",
        ])
        let other = try #require(BadgeSigningKey(id: "key-2", seed: Array(repeating: 7, count: 32)))
        #expect(Self.failures(Self.verifier(on: "2026-04-01", keys: [other.publicKey]).verify(credential)) == [
            "issuer: no public key key-1 to check it with (known: key-2)",
            "signature: not checked: no key of the issuer",
        ])
        // The right id on the wrong key: the signature fails.
        let impostor = try #require(BadgeSigningKey(id: "key-1", seed: Array(repeating: 7, count: 32)))
        #expect(Self.verifier(on: "2026-04-01", keys: [impostor.publicKey]).verify(credential).firstFailure?.check == .signature)
    }

    @Test func missingRequiredFieldsAreNamed() throws {
        guard case .object(var credential) = try Self.signed() else { return }
        credential["validFrom"] = nil
        credential["credentialSubject"] = .object(["type": .array(["AchievementSubject"])])
        #expect(Self.failures(Self.verifier(on: "2026-04-01").verify(.object(credential))) == [
            "format: not an Open Badges 3.0 credential: validFrom is missing or not a string; credentialSubject.achievement is missing or not an object",
        ])
    }
}

extension Array where Element == UInt8 {
    init(hex: String) {
        let digits = Array(hex.utf8)
        self = stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
    }
}
