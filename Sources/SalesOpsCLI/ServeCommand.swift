import ArgumentParser
import Foundation
import SalesOpsApp
import SalesOpsServer

/// `salesops serve [--host H] [--port N]`: the team's web dashboard and JSON API.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the onboarding board, people's pages and the JSON API over HTTP, with token sign-in.",
        discussion: """
            Every request signs in with a token from `salesops token create` (the Authorization header, or \
            a browser session started at /signin). The API is described at /openapi.json; /healthz answers \
            ok while the server runs. SIGTERM or Ctrl-C finishes the requests in flight, then stops.

            Examples:
              salesops serve --store team.db
              salesops serve --host 0.0.0.0 --port 8443 --secure-cookies   (behind a TLS proxy)
            """
    )

    @Option(help: "The address to listen on (default: loopback only).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Flag(help: "Mark the session cookie Secure: serve behind a proxy that terminates TLS.")
    var secureCookies = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, found \(port)") }
    }

    func run() throws {
        let settings = try ServerSettings(host: host, port: port, storePath: store.location, catalog: catalog.service,
                                      plugins: plugins.settings, today: store.today, secureCookies: secureCookies).opened()
        let outcome = ServeOutcome()
        let host = host
        let displayedStore = store.displayed
        Task {
            do {
                try await SalesOpsServer(settings: settings).run { port in
                    print("salesops: serving http://\(host):\(port)/ (store \(displayedStore)); stop with Ctrl-C")
                }
            } catch {
                outcome.error = "\(error)"
            }
            outcome.done.signal()
        }
        outcome.done.wait()
        if let error = outcome.error { throw ServeError(message: error) }
    }
}

/// How the server stopped, passed from its task to the command's thread.
private final class ServeOutcome: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    /// Written by the task before `done` is signalled, read after.
    var error: String?
}

struct ServeError: Error, CustomStringConvertible {
    let message: String
    var description: String { "cannot serve: \(message)" }
}
