import Foundation
import SalesOpsBadges
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsStore

/// One signed credential: whose certification period it states, and the credential itself.
package struct IssuedBadge: Sendable, Hashable {
    package var person: String
    package var track: String
    package var step: String
    package var period: Int
    package var credential: JSONValue

    /// `PERSON-STEP-PERIOD.json`, the file `export badges --output` writes it to.
    package var fileName: String { "\(person)-\(step)-\(period).json" }
}

/// The store's badge keys, oldest first, and the one that signs now.
package struct BadgeKeyList: Sendable, Hashable {
    package var keys: [BadgePublicKey]
    package var current: String

    /// `{"current": ID, "keys": [{"id", "current", "publicKeyMultibase", "publicKeyJwk"}]}`: the
    /// `badges key --format json` document, which `verify badge --key FILE` reads back.
    package var document: JSONValue {
        .object(["current": .string(current), "keys": .array(keys.map { key in
            .object(["id": .string(key.id), "current": .bool(key.id == current), "type": .string("Multikey"),
                     "publicKeyMultibase": .string(key.multibase), "publicKeyJwk": key.jwk])
        })])
    }
}

/// Where `verify badge` finds the issuer's public keys.
package enum BadgeKeySource: Sendable {
    /// The store's keys (every key it ever made).
    case store
    /// A key file (`--key FILE`): its text and its name for messages.
    case file(text: String, name: String)
}

extension OnboardingService {
    /// Open Badges 3.0 credentials, one per certification period of `person` (or of everyone),
    /// signed with the store's current key (created on first use). `created` stamps the proofs.
    package func badges(person: String?, issuer: BadgeIssuer, created: UTCTimestamp) throws(AppError) -> [IssuedBadge] {
        guard BadgeIssuer.problem(id: issuer.id) == nil else { throw .badge(.invalidIssuer(issuer.id)) }
        let workspace = try open(writing: false)
        if let person { _ = try workspace.person(person) }
        let histories = try OnboardingWorkspace.storing { () throws(StoreError) in try workspace.store.histories(EnrolmentFilter(person: person)) }
        var awards: [BadgeAward] = []
        for history in histories {
            let plan = try workspace.plan(for: history.enrolment)
            let state = try workspace.state(of: history)
            for step in state.steps where !step.periods.isEmpty {
                guard let index = plan.indexByID[step.id], let certification = plan.steps[index].certification else { continue }
                let definition = plan.steps[index]
                let name = certification.name ?? definition.title
                for period in step.periods {
                    awards.append(BadgeAward(
                        person: state.person.id, email: state.person.email, track: state.enrolment.track, step: step.id, name: name,
                        description: definition.description ?? "The \(name) certification of the track \"\(state.trackTitle)\".",
                        criteria: Self.criteria(definition, certification, trackTitle: state.trackTitle),
                        period: period.number, validFrom: period.certifiedOn, validUntil: period.expiresOn))
                }
            }
        }
        guard !awards.isEmpty else { return [] }
        let ring = try OnboardingWorkspace.storing { () throws(StoreError) in try workspace.store.badgeKeys() }
        guard let seed = ring.keys.first(where: { $0.id == ring.current })?.seed, let key = BadgeSigningKey(id: ring.current, seed: seed) else {
            throw .store(StoreError(code: 0, message: "the badge key \(ring.current) is damaged", path: workspace.store.location))
        }
        return try awards.map { award throws(AppError) in
            do {
                return IssuedBadge(person: award.person, track: award.track, step: award.step, period: award.period,
                                   credential: try OpenBadgeCredential.signed(award, issuer: issuer, key: key, created: created))
            } catch {
                throw .store(StoreError(code: 0, message: "the badge key \(ring.current) cannot sign: \(error)", path: workspace.store.location))
            }
        }
    }

    /// How a certification is earned, from the track: the step, its verifier and parameters,
    /// and how long a pass lasts.
    static func criteria(_ step: Step, _ certification: Certification, trackTitle: String) -> String {
        var text = "Pass \"\(step.title)\" on the track \"\(trackTitle)\""
        if let verifier = certification.verifier { text += ", decided by the \(verifier) verifier" }
        if let params = certification.params, !params.isEmpty {
            text += " (" + params.keys.sorted().map { "\($0): \(Self.paramText(params[$0]!))" }.joined(separator: ", ") + ")"
        }
        text += "."
        if let validFor = certification.validFor {
            text += " Valid for \(validFor)"
            if let renew = certification.renewWithin { text += ", renewable from \(renew) before it ends" }
            text += "."
        }
        return text
    }

    private static func paramText(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return String(decoding: value.serialized(sortedKeys: true), as: UTF8.self)
    }

    /// The store's badge keys, after adding a new current one when `rotate` is set.
    package func badgeKeys(rotate: Bool) throws(AppError) -> BadgeKeyList {
        let store = try open(writing: true).store
        let ring = try OnboardingWorkspace.storing { () throws(StoreError) in rotate ? try store.rotateBadgeKey() : try store.badgeKeys() }
        return BadgeKeyList(keys: ring.keys.compactMap { BadgeSigningKey(id: $0.id, seed: $0.seed)?.publicKey }, current: ring.current)
    }

    /// Every check on the credential in `text` (read from `source`), with the public keys from
    /// `keys`, at `now`; `issuer`, when given, is the issuer id the credential must name.
    package func verifyBadge(_ text: String, source: String, keys: BadgeKeySource, issuer: String?, now: UTCTimestamp) throws(AppError) -> BadgeVerification {
        let credential: JSONValue
        do {
            credential = try JSONValue(parsing: text)
        } catch {
            throw .badge(.unreadable(path: source, reason: error.description))
        }
        let publicKeys: [BadgePublicKey]
        switch keys {
        case .store:
            let store = try open(writing: false).store
            let ring = try OnboardingWorkspace.storing { () throws(StoreError) in try store.badgeKeys() }
            publicKeys = ring.keys.compactMap { BadgeSigningKey(id: $0.id, seed: $0.seed)?.publicKey }
        case let .file(keyText, name):
            let json: JSONValue
            do {
                json = try JSONValue(parsing: keyText)
            } catch {
                throw .badge(.unreadable(path: name, reason: error.description))
            }
            publicKeys = BadgePublicKey.keys(inFile: json)
            guard !publicKeys.isEmpty else { throw .badge(.noKeyInFile(path: name)) }
        }
        return BadgeVerifier(keys: publicKeys, issuer: issuer, now: now).verify(credential)
    }
}
