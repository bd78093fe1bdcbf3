import SalesOpsCatalog
import SalesOpsOnboarding

/// The IRIs salesops writes in statements: its own, under https://salesops.dev/xapi/, and the
/// ids derived from the store so that every export names the same things the same way.
package enum XAPIVocabulary {
    package static let base = "https://salesops.dev/xapi/"
    /// The `homePage` of the account that names a person without a recorded email; its `name` is the person's id.
    package static let accountHomePage = "https://salesops.dev/people"
    /// Result extensions: evidence counted, a measured value, and who signed a sign-off.
    package static let evidence = base + "extensions/evidence"
    package static let value = base + "extensions/value"
    package static let signedOffBy = base + "extensions/signed-off-by"
    /// The verifier's reason, on exported attempts.
    package static let reason = base + "extensions/reason"

    /// The `context.registration` of an enrolment: a name-based UUID of its person and track.
    package static func registration(of key: EnrolmentKey) -> String {
        NameBasedUUID.forURL(base + "registrations/" + key.person + "/" + key.track)
    }

    /// The id of the statement an event exports as: the id it was imported with, else a
    /// name-based UUID of its idempotency key.
    package static func statementID(of event: OnboardingEvent) -> String {
        if let imported = importedStatementID(of: event.idempotencyKey) { return imported }
        return NameBasedUUID.forURL(base + "statements/" + event.idempotencyKey)
    }

    /// The idempotency key of the event a statement is imported as.
    package static func idempotencyKey(ofStatement id: String) -> String { "xapi/" + id }

    /// The statement id of an imported event's key.
    package static func importedStatementID(of key: String) -> String? {
        key.hasPrefix("xapi/") ? String(key.dropFirst(5)) : nil
    }

    /// The activity of the track itself, the object of `registered`.
    package static func trackActivity(_ track: String) -> String { base + "tracks/" + track }

    /// A step's activity id: the track's mapped activity for it, else its prefix and the
    /// step id, else salesops's own IRI ending in `/STEP-ID`.
    package static func stepActivity(_ step: String, track: String, mapping: XAPIMapping?) -> String {
        if let mapped = mapping?.activities?.filter({ $0.value == step }).keys.min() { return mapped }
        if let prefix = mapping?.activityPrefix { return prefix + step }
        return trackActivity(track) + "/" + step
    }
}
