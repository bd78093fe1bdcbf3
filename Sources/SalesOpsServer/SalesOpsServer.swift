import HTTPTypes
import Hummingbird
import Logging
import SalesOpsApp

/// `salesops serve`: the JSON API, the pages and sign-in over the application's services, on
/// Hummingbird. Everything it serves is in the binary: no files, no build step, no CDN.
package struct SalesOpsServer: Sendable {
    package let settings: ServerSettings
    let sessions = SessionStore()

    package init(settings: ServerSettings) {
        self.settings = settings
    }

    /// Serves until the task is cancelled or, with `signals`, until SIGTERM or SIGINT, then
    /// finishes the requests in flight. `onRunning` gets the port bound (useful with port 0).
    package func run(logger: Logger = Logger(label: "salesops.serve"), handlingSignals signals: Bool = true,
                     onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let settings = try settings.opened()
        let router = Router(context: ServerContext.self)
        router.add(middleware: AccessLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: AuthenticationMiddleware(settings: settings, sessions: sessions))
        router.get("healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("openapi.json") { _, _ in JSONReply.text(OpenAPIDocument.json) }
        APIRoutes(settings: settings).add(to: router)
        PageRoutes(settings: settings, sessions: sessions).add(to: router)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "salesops"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        try await app.runService(gracefulShutdownSignals: signals ? [.sigterm, .sigint] : [])
    }
}

/// Headers every answer carries: a strict Content-Security-Policy (the pages load nothing
/// from elsewhere and run no script), no sniffing, no framing, no referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return Self.secure(try await next(request, context))
        } catch let error as any HTTPResponseError {
            return Self.secure(try error.response(from: request, context: context))
        }
    }

    static func secure(_ response: Response) -> Response {
        var response = response
        // A route may send a policy of its own (the evaluation report carries its styles inline).
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] =
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
