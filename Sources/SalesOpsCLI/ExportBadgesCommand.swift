import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops export badges PERSON|--all`.
struct ExportBadgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badges",
        abstract: "Write signed Open Badges 3.0 credentials: one per certification period.",
        discussion: """
            Each certification period (a pass, and each renewal) becomes an OpenBadgeCredential: the issuer \
            profile, validFrom and validUntil from the period, and the achievement's name, description and \
            criteria from the track. Credentials are signed with the store's Ed25519 key (an eddsa-jcs-2022 \
            Data Integrity proof), created on first use; `salesops badges key` prints the public key.

            The issuer: --issuer-url (else SALESOPS_BADGE_ISSUER_URL), an HTTP(S) address of the organisation, \
            and --issuer-name (else SALESOPS_BADGE_ISSUER_NAME, else the address's host).

            Without --output the credentials are printed as one JSON array; with --output DIR each is written \
            to DIR/PERSON-STEP-PERIOD.json, ready for a wallet or `salesops verify badge`.

            Examples:
              salesops export badges ana.lima --issuer-url https://example.com/badges --issuer-name "Example Sales" --output badges
              salesops export badges --all --issuer-url https://example.com/badges > badges.json
            """
    )

    @Argument(help: "A person in the store.")
    var person: String?

    @Flag(help: "Everyone's certifications.")
    var all = false

    @Option(help: ArgumentHelp("The issuer's id and address (default: SALESOPS_BADGE_ISSUER_URL).", valueName: "url"))
    var issuerURL: String?

    @Option(help: ArgumentHelp("The issuer's name (default: SALESOPS_BADGE_ISSUER_NAME, else the URL's host).", valueName: "name"))
    var issuerName: String?

    @Option(help: ArgumentHelp("A folder to write one file per credential to (created if missing).", valueName: "dir"))
    var output: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if (person == nil) == !all {
            throw ValidationError(all ? "give PERSON or --all, not both" : "give PERSON (their badges) or --all (everyone's)")
        }
        if issuer == nil {
            throw ValidationError("give the issuer's address with --issuer-url URL (or set SALESOPS_BADGE_ISSUER_URL)")
        }
    }

    var issuer: BadgeIssuer? {
        guard let url = issuerURL ?? Invocation.current.variable("SALESOPS_BADGE_ISSUER_URL"), !url.isEmpty else { return nil }
        return BadgeIssuer(id: url, name: issuerName ?? Invocation.current.variable("SALESOPS_BADGE_ISSUER_NAME"))
    }

    func run() throws {
        guard let issuer else { return }
        let badges = try workspaceOptions.service.badges(person: all ? nil : person, issuer: issuer,
                                                         created: Dates.stamp(today: workspaceOptions.store.today))
        guard let output else {
            print(JSONValue.array(badges.map(\.credential)).prettyText)
            return
        }
        let folder = Invocation.current.path(output)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputFile.WriteError(path: output, reason: "the folder cannot be created: \(systemErrorText())")
        }
        for badge in badges {
            try OutputFile.write(badge.credential.prettyText + "\n", to: folder + "/" + badge.fileName)
        }
        let count = badges.count
        print("Wrote \(counted(count, "credential")) to \(output)" + (count == 0 ? " (no certification periods)" : ":"))
        for badge in badges { print("  \(badge.fileName)") }
    }
}
