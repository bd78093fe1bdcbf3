import ArgumentParser
import Foundation
import SalesOpsApp

/// `salesops verify badge FILE`.
struct VerifyBadgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "badge",
        abstract: "Verify an Open Badges 3.0 credential: its fields, issuer, signature and validity window.",
        discussion: """
            Checks, in order: format (the Open Badges 3.0 required fields), issuer (the proof's key is \
            ISSUER#KEY-ID, the credential's issuer is --issuer-url when given, and the key is known), \
            signature (the eddsa-jcs-2022 proof over the canonical JSON: any changed field fails; key \
            order and whitespace do not matter) and validity (validFrom and validUntil around today: \
            "expired" or "not yet valid").

            The public keys come from the store (every key it ever made, so credentials signed before a \
            rotation still verify), or from --key FILE: the output of `salesops badges key --format json`, \
            or a JSON Web Key with a kid.

            Exit code 0 when every check passes; 1, with the failed check named, otherwise.

            Examples:
              salesops verify badge badges/ana.lima-cold-call-certification-1.json
              salesops verify badge credential.json --key issuer-keys.json --issuer-url https://example.com/badges
            """
    )

    @Argument(help: "The credential (one JSON object).")
    var file: String

    @Option(help: ArgumentHelp("A file with the issuer's public keys, instead of the store's.", valueName: "file"))
    var key: String?

    @Option(help: ArgumentHelp("The issuer the credential must name.", valueName: "url"))
    var issuerURL: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let text = try Self.read(file)
        let keys: BadgeKeySource = try key.map { .file(text: try Self.read($0), name: $0) } ?? .store
        let verification = try workspaceOptions.service.verifyBadge(text, source: file, keys: keys, issuer: issuerURL,
                                                                     now: Dates.stamp(today: workspaceOptions.store.today))
        print("\(file): \(verification.verified ? "verified" : "NOT VERIFIED")")
        for outcome in verification.outcomes {
            let name = outcome.check.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            print("  \(name)" + (outcome.failure.map { "FAILED  \($0)" } ?? "ok      \(outcome.detail)"))
        }
        if let failed = verification.firstFailure {
            throw AppError.badge(.notVerified(path: file, check: failed.check, failure: failed.failure ?? ""))
        }
    }

    static func read(_ path: String) throws(AppError) -> String {
        guard let data = FileManager.default.contents(atPath: Invocation.current.path(path)) else {
            throw .badge(.unreadable(path: path, reason: "no such file, or it cannot be read"))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .badge(.unreadable(path: path, reason: "it is not UTF-8 text")) }
        return text
    }
}
