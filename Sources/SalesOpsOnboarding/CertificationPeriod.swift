import SalesOpsBasics

/// One period of a certification: opened by a passing attempt, valid for the step's
/// `validFor`, renewable from `renewWithin` before it ends. A renewal opens a new period;
/// periods are never changed.
package struct CertificationPeriod: Sendable, Hashable, Codable {
    /// Where a period stands on a given day.
    package enum State: String, Sendable, Hashable, Codable {
        /// Valid, and renewal is not open yet (or it never expires).
        case certified
        /// Valid, and the renewal window is open: renewal is due.
        case renewalDue = "renewal-due"
        /// Past its end.
        case expired
    }

    /// 1 for the first period of this step, 2 after the first renewal, …
    package var number: Int
    /// The date of the passing attempt.
    package var certifiedOn: CalendarDate
    /// The first day it is no longer valid; nil when it never expires.
    package var expiresOn: CalendarDate?
    /// The first day of the renewal window; nil without `renewWithin` (then the window opens at expiry).
    package var renewalOpensOn: CalendarDate?

    package init(number: Int, certifiedOn: CalendarDate, validFor: DatePeriod?, renewWithin: DatePeriod?) {
        self.number = number
        self.certifiedOn = certifiedOn
        let expires = validFor.map { $0.added(to: certifiedOn) }
        expiresOn = expires
        renewalOpensOn = expires.flatMap { end in renewWithin.map { max(certifiedOn, $0.subtracted(from: end)) } }
    }

    package func state(on day: CalendarDate) -> State {
        guard let expiresOn else { return .certified }
        if day >= expiresOn { return .expired }
        if let renewalOpensOn, day >= renewalOpensOn { return .renewalDue }
        return .certified
    }
}
