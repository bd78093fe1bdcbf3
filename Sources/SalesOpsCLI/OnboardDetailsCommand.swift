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

    @OptionGroup var contactDetails: ContactDetailsOptions

    @OptionGroup var options: PersonChangeOptions

    func validate() throws {
        let given = contactDetails
        if given.email == nil, given.timezone == nil, given.contact == nil { throw ValidationError("give --email, --timezone or --contact") }
    }

    func run() throws {
        let given = contactDetails
        let result = try options.workspace.service.changeDetails(options.request, to: given.details)
        let changed = [given.email.map { "email \($0)" }, given.timezone.map { "timezone \($0)" }, given.contact.map { "contact \($0)" }]
        print(options.describe(result, changed.compactMap { $0 }.joined(separator: ", ")))
    }
}
