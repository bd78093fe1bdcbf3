import SalesOpsBasics

/// What checking one credential found: each check in order, and the first that failed.
package struct BadgeVerification: Sendable, Hashable {
    /// A check a credential passes or fails.
    package enum Check: String, Sendable, Hashable, CaseIterable {
        /// The Open Badges 3.0 required fields.
        case format
        /// The proof's key belongs to the credential's issuer (and is the one expected).
        case issuer
        /// The Ed25519 signature over the canonical credential.
        case signature
        /// validFrom ≤ now < validUntil.
        case validity
    }

    package struct Outcome: Sendable, Hashable {
        package var check: Check
        /// Nil when the check passed; else what failed, in words (`expired on …`).
        package var failure: String?
        /// What passing established (`key key-1 of https://…`), for the report.
        package var detail: String
    }

    package var outcomes: [Outcome]
    package var verified: Bool { outcomes.allSatisfy { $0.failure == nil } }
    package var firstFailure: Outcome? { outcomes.first { $0.failure != nil } }
}

/// Checks Open Badges 3.0 credentials signed with `eddsa-jcs-2022`.
package struct BadgeVerifier: Sendable {
    /// Public keys by key id: the store's, or a key file's.
    package var keys: [String: BadgePublicKey]
    /// When given, the issuer id a credential must name.
    package var issuer: String?
    package var now: UTCTimestamp

    package init(keys: [BadgePublicKey], issuer: String?, now: UTCTimestamp) {
        self.keys = Dictionary(keys.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.issuer = issuer
        self.now = now
    }

    /// Every check on `credential`; after a failed format check the others are not run.
    package func verify(_ credential: JSONValue) -> BadgeVerification {
        var outcomes: [BadgeVerification.Outcome] = []
        func add(_ check: BadgeVerification.Check, _ failure: String?, _ detail: String = "") {
            outcomes.append(.init(check: check, failure: failure, detail: detail))
        }
        let missing = OpenBadgeFields.missing(in: credential)
        guard missing.isEmpty else {
            add(.format, "not an Open Badges 3.0 credential: " + missing.joined(separator: "; "))
            return BadgeVerification(outcomes: outcomes)
        }
        add(.format, nil, "OpenBadgeCredential \(credential["id"]?.stringValue ?? "")")

        let issuerID = credential["issuer"]?["id"]?.stringValue ?? credential["issuer"]?.stringValue ?? ""
        let method = credential["proof"]?["verificationMethod"]?.stringValue ?? ""
        var key: BadgePublicKey?
        if let expected = issuer, expected != issuerID {
            add(.issuer, "the credential's issuer is \(issuerID), not \(expected)")
        } else if !method.hasPrefix(issuerID + "#") {
            add(.issuer, "the proof's key \(method.isEmpty ? "(none)" : method) is not a key of the issuer \(issuerID)")
        } else {
            let keyID = String(method.dropFirst(issuerID.count + 1))
            if let found = keys[keyID] {
                key = found
                add(.issuer, nil, "\(issuerID), key \(keyID)")
            } else {
                let known = keys.keys.sorted()
                add(.issuer, "no public key \(keyID) to check it with (known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
            }
        }
        if let key {
            add(.signature, DataIntegrityProof.problem(credential, key: key), "\(DataIntegrityProof.cryptosuite), Ed25519")
        } else {
            add(.signature, "not checked: no key of the issuer")
        }

        let from = credential["validFrom"]?.stringValue.flatMap(UTCTimestamp.init(iso:))
        let until = credential["validUntil"]?.stringValue.flatMap(UTCTimestamp.init(iso:))
        if let from, now < from {
            add(.validity, "not yet valid: valid from \(from.isoText)")
        } else if let until, !(now < until) {
            add(.validity, "expired: valid until \(until.isoText)")
        } else {
            add(.validity, nil, "from \(from?.isoText ?? "?")" + (until.map { " until \($0.isoText)" } ?? ", no end"))
        }
        return BadgeVerification(outcomes: outcomes)
    }
}
