import SalesOpsBasics

/// One certification period of one person, as a credential states it.
package struct BadgeAward: Sendable, Hashable {
    package var person: String
    package var email: String?
    package var track: String
    package var step: String
    /// The certification's name (the credential's and the achievement's name).
    package var name: String
    package var description: String
    /// How it is earned, in words (the achievement's criteria narrative).
    package var criteria: String
    /// 1 for the first period, 2 after the first renewal, …
    package var period: Int
    package var validFrom: CalendarDate
    /// The first day it is no longer valid; nil when it never expires.
    package var validUntil: CalendarDate?

    package init(person: String, email: String?, track: String, step: String, name: String, description: String, criteria: String,
                 period: Int, validFrom: CalendarDate, validUntil: CalendarDate?) {
        self.person = person
        self.email = email
        self.track = track
        self.step = step
        self.name = name
        self.description = description
        self.criteria = criteria
        self.period = period
        self.validFrom = validFrom
        self.validUntil = validUntil
    }
}
