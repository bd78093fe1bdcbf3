import ArgumentParser
import SalesOpsApp

/// `salesops token create|list|revoke`: access tokens for `salesops serve`.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke the access tokens `salesops serve` signs people in with.",
        discussion: """
            A token is printed once, when created; the store keeps only its SHA-256. Roles: admin (everything), \
            enablement (enrols, records, sees everyone), manager (sees and signs off the people reporting to them), \
            member (their own checklist and evidence), viewer (anonymised views only).
            """,
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print it once.",
            discussion: """
                Examples:
                  salesops token create --role manager --person maya.chen
                  salesops token create --role viewer
                """
        )

        @Option(help: "admin, enablement, manager, member or viewer.")
        var role: String

        @Option(help: "The person the token acts as (required for manager and member).")
        var person: String?

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            guard let role = AccessRole(rawValue: role) else { throw AppError.access(.unknownRole(role)) }
            let created = try TokenService(onboarding: workspace.service).create(role: role, person: person)
            print(created.token)
            Output.error("token \(created.info.id) (\(role.rawValue)\(person.map { " as \($0)" } ?? "")): shown once, store it now")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: id, role, person, created and revoked (never the token).")

        @Option(help: "table or json.")
        var format: ListFormat = .table

        @OptionGroup var workspace: WorkspaceOptions

        enum ListFormat: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        func run() throws {
            let tokens = try TokenService(onboarding: workspace.service).list()
            switch format {
            case .json:
                print(try Output.json(tokens))
            case .table:
                print(Output.table(["ID", "ROLE", "PERSON", "CREATED", "REVOKED"],
                                   tokens.map { [$0.id, $0.role.rawValue, $0.person ?? "", $0.createdAt, $0.revokedAt ?? ""] }))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id: it and its sessions stop working at once.")

        @Argument(help: "The token's id (from `token list`).")
        var id: String

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            try TokenService(onboarding: workspace.service).revoke(id: id)
            print("Revoked token \(id)")
        }
    }
}
