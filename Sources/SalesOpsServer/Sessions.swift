import Foundation
import Hummingbird
import Logging
import SalesOpsApp

/// A browser signed in with a token. The token stays in memory only, and is checked against
/// the store on every request, so revoking it ends the session too.
struct Session: Sendable {
    let id: String
    let token: String
    /// Sent back in every form: a POST without it is refused (with SameSite=Strict, against cross-site forgery).
    let formToken: String
    let expires: Date
}

/// The server's sessions, in memory: a restart signs everyone out.
actor SessionStore {
    static let cookieName = "salesops_session"
    /// The sign-in form's own token, until the form is posted.
    static let signInCookieName = "salesops_signin"
    static let lifetime: TimeInterval = 12 * 3600
    private var sessions: [String: Session] = [:]

    func start(token: String) -> Session {
        let now = Date()
        sessions = sessions.filter { $0.value.expires > now }
        let session = Session(id: Self.randomText(), token: token, formToken: Self.randomText(), expires: now + Self.lifetime)
        sessions[session.id] = session
        return session
    }

    func session(_ id: String) -> Session? {
        guard let session = sessions[id], session.expires > Date() else { return nil }
        return session
    }

    func end(_ id: String) {
        sessions[id] = nil
    }

    /// 32 random bytes, URL-safe base64.
    static func randomText() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

/// Reads the bearer token, or the session cookie's, and sets the request's account when the
/// token is a live one. An unknown token is the same as none: routes answer 401 themselves.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let settings: ServerSettings
    let sessions: SessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var token: String?
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            token = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        } else if let id = request.cookies[SessionStore.cookieName]?.value, let session = await sessions.session(id) {
            token = session.token
            context.session = session
        }
        if let token {
            let settings = settings
            context.account = try await offload { () throws -> Account? in try settings.tokens.authenticate(token) }
            if context.account == nil { context.session = nil }
        }
        return try await next(request, context)
    }
}

/// One structured log line per request: method, path (never the query or headers, which may
/// carry credentials), status, duration and the role that asked.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var status: HTTPResponse.Status = .internalServerError
        defer {
            let elapsed = ContinuousClock.now - started
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            logger.info("request", metadata: [
                "method": "\(request.method.rawValue)",
                "path": "\(request.uri.path)",
                "status": "\(status.code)",
                "ms": "\(String(format: "%.1f", milliseconds))",
            ])
        }
        do {
            let response = try await next(request, context)
            status = response.status
            return response
        } catch let error as any HTTPResponseError {
            status = error.status
            throw error
        }
    }
}
