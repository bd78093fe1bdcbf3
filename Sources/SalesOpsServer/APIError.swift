import Foundation
import Hummingbird
import NIOPosix
import SalesOpsApp
import SalesOpsBasics

/// An answer that is not a success, as JSON `{"error": "…"}` with its status.
struct APIError: HTTPResponseError, CustomStringConvertible {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The application's error as an HTTP answer: what was asked for is missing (404), the
    /// rules refused it (422), or the server's own catalog, plugins or store failed (500).
    init(_ error: AppError) {
        switch error {
        case .notFound(let notFound): self.init(.notFound, notFound.description)
        case .noEvaluation: self.init(.notFound, "the catalog has no Evaluation; name a team instead")
        case .onboarding(let refusal):
            switch refusal {
            case .notFound, .notEnrolled: self.init(.notFound, refusal.description)
            case .conflictingEvent: self.init(.conflict, refusal.description)
            default: self.init(.unprocessableContent, refusal.description)
            }
        case .evaluation(let error): self.init(.unprocessableContent, "\(error)")
        case .missingCapabilities(let evaluation, let missing):
            self.init(.unprocessableContent, "the evaluation \(evaluation) uses criteria no loaded plugin provides: "
                + missing.map(\.error.description).joined(separator: "; "))
        case .access(let error): self.init(.badRequest, error.description)
        case .importRefused(let source, let problems):
            self.init(.unprocessableContent, problems.map { "\(source): \($0)" }.joined(separator: "\n"))
        case .xapiRefused(let source, let problems):
            self.init(.unprocessableContent, problems.map { "\(source)\($0)" }.joined(separator: "\n"))
        case .invalidCatalog(let directory, let errors), .catalogNotValid(let directory, let errors):
            self.init(.internalServerError, "\(errors.count) error(s) in the server's catalog at \(directory): "
                + errors.prefix(3).map(\.description).joined(separator: "; "))
        case .enrolmentsLeftOut(let problems):
            self.init(.internalServerError, problems.map(\.description).joined(separator: "; "))
        case .store(let error): self.init(.internalServerError, error.description)
        case .pluginConflicts(let failures), .pluginsNotLoaded(let failures):
            self.init(.internalServerError, failures.map(\.description).joined(separator: "; "))
        case .pluginNotLoaded(let id, _, _): self.init(.internalServerError, "no plugin \(id) is loaded")
        case .builtIns(let message): self.init(.internalServerError, message)
        case .noSubscriptions(_, let team):
            self.init(.notFound, "the catalog has no Subscription" + (team.map { " for team \($0)" } ?? ""))
        case .usageUnreadable(let path, let reason): self.init(.badRequest, "cannot read the usage file \(path): \(reason)")
        case .usage(let error): self.init(.unprocessableContent, error.description)
        case .exporterNotLoaded(let id, let document, let serving), .exporterDoesNotServe(let id, let document, _, let serving):
            self.init(.badRequest, "no exporter \(id) renders \(document.rawValue)s; exporters that do: "
                + (serving.isEmpty ? "none" : serving.joined(separator: ", ")))
        case .exportFailed(let id, let reason): self.init(.internalServerError, "the exporter \(id) failed: \(reason)")
        case .badge(let error): self.init(.unprocessableContent, error.description)
        }
    }

    var description: String { "\(status.code) \(message)" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONReply.response(["error": message], status: status)
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        return response
    }
}

/// JSON responses as the CLI writes them: sorted keys, dates as `YYYY-MM-DD`.
enum JSONReply {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        text(try JSONValueEncoder().prettyText(value), status: status)
    }

    static func text(_ json: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: json + "\n")))
    }
}

/// Runs `body`, which calls the application's services and so the store, on NIO's thread pool:
/// store calls block, and must not hold up the cooperative pool. Application errors become HTTP answers.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive { () throws -> T in
        do { return try body() } catch let error as AppError { throw APIError(error) }
    }
}
