import ArgumentParser
import SalesOpsApp

/// `--email`, `--timezone` and `--contact`: a person's contact details, as `enroll` records them
/// and `details` changes them, checked the same way for both.
struct ContactDetailsOptions: ParsableArguments {
    @Option(help: "The person's email address.")
    var email: String?

    @Option(help: ArgumentHelp("IANA time zone, e.g. Europe/Berlin (when enrolling without one: the track calendar's).", valueName: "zone"))
    var timezone: String?

    @Option(help: ArgumentHelp("For a customer: their contact, who signs customer sign-offs.", valueName: "person"))
    var contact: String?

    var details: PersonDetails { PersonDetails(email: email, timezone: timezone, contact: contact) }

    func validate() throws {
        if let contact, !Person.isValidID(contact) {
            throw ValidationError("--contact \"\(contact)\" is not a person id: use 1-64 letters, digits, `.`, `_`, `-` or `@` (e.g. ops@acme.example)")
        }
        if let email, !Person.isValidEmail(email) {
            throw ValidationError("--email \"\(email)\" is not an email address (name@domain, at most \(Person.maxEmailLength) characters)")
        }
    }
}
