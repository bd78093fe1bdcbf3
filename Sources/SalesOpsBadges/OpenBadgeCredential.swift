import SalesOpsBasics

/// Open Badges 3.0 `OpenBadgeCredential`s (a W3C Verifiable Credential 2.0), built from an
/// award and signed with an embedded Data Integrity proof (`DataIntegrityProof`,
/// cryptosuite `eddsa-jcs-2022`).
package enum OpenBadgeCredential {
    package static let contexts = [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]

    /// The unsigned credential for `award`. Its id is a URN derived from the issuer, person,
    /// track, step and period, so exporting again gives the same credential.
    package static func unsigned(_ award: BadgeAward, issuer: BadgeIssuer) -> JSONValue {
        var identifiers: [JSONValue] = [identity(award.person, type: "systemId")]
        if let email = award.email { identifiers.append(identity(email, type: "emailAddress")) }
        let base = issuer.id.hasSuffix("/") ? String(issuer.id.dropLast()) : issuer.id
        let achievement: JSONValue = .object([
            "id": .string("\(base)/achievements/\(award.track)/\(award.step)"),
            "type": .array([.string("Achievement")]),
            "achievementType": .string("Certification"),
            "name": .string(award.name),
            "description": .string(award.description),
            "criteria": .object(["narrative": .string(award.criteria)]),
        ])
        var credential: [String: JSONValue] = [
            "@context": .array(contexts.map(JSONValue.string)),
            "id": .string(id(of: award, issuer: issuer)),
            "type": .array([.string("VerifiableCredential"), .string("OpenBadgeCredential")]),
            "issuer": issuer.profile,
            "name": .string(award.name),
            "validFrom": .string(UTCTimestamp(date: award.validFrom).isoText),
            "credentialSubject": .object([
                "type": .array([.string("AchievementSubject")]),
                "identifier": .array(identifiers),
                "achievement": achievement,
            ]),
        ]
        if let until = award.validUntil { credential["validUntil"] = .string(UTCTimestamp(date: until).isoText) }
        return .object(credential)
    }

    /// The credential for `award`, signed by `key` at `created`.
    package static func signed(_ award: BadgeAward, issuer: BadgeIssuer, key: BadgeSigningKey, created: UTCTimestamp) throws -> JSONValue {
        try DataIntegrityProof.sign(unsigned(award, issuer: issuer), verificationMethod: "\(issuer.id)#\(key.id)", key: key, created: created)
    }

    private static func identity(_ value: String, type: String) -> JSONValue {
        .object(["type": .string("IdentityObject"), "hashed": .bool(false), "identityHash": .string(value), "identityType": .string(type)])
    }

    /// `urn:uuid:` with a version-8 (name-based, SHA-256) UUID.
    static func id(of award: BadgeAward, issuer: BadgeIssuer) -> String {
        let name = [issuer.id, award.person, award.track, award.step, String(award.period)].joined(separator: "\u{1F}")
        var bytes = Array(SalesOpsBasics.SHA256.digest(of: Array(name.utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x80
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = SalesOpsBasics.SHA256.hexString(bytes)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}
