import ArgumentParser
import SalesOpsApp

/// `salesops onboard details PERSON [--email E] [--timezone TZ] [--contact C] [--on DATE]`.
struct OnboardDetailsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "details",
        abstract: "Change a person's email, time zone or customer contact from a date.",
        discussion: """
            Details are never updated in place: each change is an event on the person's enrolments, in \
            `onboard history`. The manager changes with `onboard transfer`.

            Example: salesops onboard details acme-corp --contact jo.baker
            """
    )

    @Option(help: "The new email address.")
    var email: String?

    @Option(help: ArgumentHelp("The new IANA time zone.", valueName: "zone"))
    var timezone: String?

    @Option(help: ArgumentHelp("The customer's new contact (who signs customer sign-offs).", valueName: "person"))
    var contact: String?

    @OptionGroup var options: PersonChangeOptions

    func validate() throws {
        if email == nil, timezone == nil, contact == nil { throw ValidationError("give --email, --timezone or --contact") }
        if let email, !Person.isValidEmail(email) {
            throw ValidationError("--email \"\(email)\" is not an email address (name@domain, at most \(Person.maxEmailLength) characters)")
        }
        if let contact, !Person.isValidID(contact) {
            throw ValidationError("--contact \"\(contact)\" is not a person id: use 1-64 letters, digits, `.`, `_`, `-` or `@`")
        }
    }

    func run() throws {
        let details = PersonDetails(email: email, timezone: timezone, contact: contact)
        let result = try options.workspace.service.changeDetails(options.request, to: details)
        let changed = [email.map { "email \($0)" }, timezone.map { "timezone \($0)" }, contact.map { "contact \($0)" }]
        print(options.describe(result, changed.compactMap { $0 }.joined(separator: ", ")))
    }
}
