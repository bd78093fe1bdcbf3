import Foundation
import PostgresNIO
import SalesOpsStore

/// One connection to the server, used synchronously from the caller's thread: postgres-nio's
/// futures run on a private event loop, and the caller waits for each with a deadline, so a
/// silent server or network gives an error instead of a hang. Never called from an event loop.
final class PostgresSession: TransactionalConnection {
    let address: PostgresAddress
    private let group: MultiThreadedEventLoopGroup
    private let connection: PostgresConnection
    private let logger: Logger
    /// Open transactions: 0 outside one, more inside savepoints.
    private(set) var depth = 0

    init(_ address: PostgresAddress) throws(StoreError) {
        self.address = address
        var logger = Logger(label: "salesops.store.postgres")
        // postgres-nio logs queries and connection events; salesops reports errors itself.
        logger.logLevel = .critical
        self.logger = logger
        var configuration: PostgresConnection.Configuration
        switch address.endpoint {
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: address.user, password: address.password, database: address.database)
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            do {
                var client = TLSConfiguration.makeClientConfiguration()
                switch address.tls {
                case .disable, .prefer, .require: client.certificateVerification = .none
                case .verifyCA: client.certificateVerification = .noHostnameVerification
                case .verifyFull: client.certificateVerification = .fullVerification
                }
                if let roots = address.rootCertificates {
                    client.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(roots))
                }
                switch address.tls {
                case .disable: tls = .disable
                case .prefer: tls = .prefer(try NIOSSLContext(configuration: client))
                case .require, .verifyCA, .verifyFull: tls = .require(try NIOSSLContext(configuration: client))
                }
            } catch {
                throw StoreError(code: 0, message: "cannot set up TLS: \(error); check sslrootcert (a PEM file of the certificate authorities to trust)", path: address.redacted)
            }
            configuration = .init(host: host, port: port, username: address.user, password: address.password,
                                  database: address.database, tls: tls)
        }
        configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
        // Set at startup, so every statement of the session has them without a round trip.
        configuration.options.additionalStartupParameters = [
            ("statement_timeout", "\(address.statementTimeout)s"), ("lock_timeout", "\(address.lockTimeout)s"),
            ("client_min_messages", "warning"), ("TimeZone", "UTC"),
        ]
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.group = group
        let future = PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger)
        do {
            connection = try Self.wait(future, seconds: address.connectTimeout, on: group, address: address, what: "connecting")
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    deinit {
        let closed: EventLoopFuture<Void> = connection.close()
        try? closed.wait()
        try? group.syncShutdownGracefully()
    }

    /// Runs one statement and collects its rows.
    @discardableResult
    func query(_ sql: String, _ values: [String?] = []) throws(StoreError) -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { bindings.append(value) } else { bindings.appendNull() }
        }
        let future = connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        // The server cancels a statement at statement_timeout; the client waits a little longer
        // for that answer, and gives up on its own when even that does not come.
        return try Self.wait(future, seconds: address.statementTimeout + 5, on: group, address: address, what: "waiting for the server",
                             sql: sql)
    }

    /// Rows changed by a statement (its command tag).
    func changes(_ sql: String, _ values: [String?] = []) throws(StoreError) -> Int {
        try query(sql, values).metadata.rows ?? 0
    }

    var errorLocation: String { address.redacted }

    /// Runs `body` in a transaction holding the store's write lock (a transaction-scoped
    /// advisory lock every writer takes first, as SQLite's BEGIN IMMEDIATE does); inside
    /// another transaction, in a savepoint. Any error rolls back.
    func exclusive<T>(_ body: () throws -> T) throws -> T {
        if depth == 0 {
            try query("BEGIN")
            depth = 1
            do {
                try query("SELECT pg_advisory_xact_lock($1::bigint)", [String(PostgresStore.writeLockKey)])
            } catch {
                rollback()
                throw error
            }
        } else {
            try query("SAVEPOINT nested\(depth)")
            depth += 1
        }
        do {
            let result = try body()
            depth -= 1
            try query(depth == 0 ? "COMMIT" : "RELEASE SAVEPOINT nested\(depth)")
            return result
        } catch {
            rollback()
            throw error
        }
    }

    /// Reads under one snapshot (outside a transaction), so two queries see the same state.
    func snapshot<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        guard depth == 0 else { return try body() }
        try query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        depth = 1
        do {
            let result = try body()
            depth = 0
            try query("COMMIT")
            return result
        } catch {
            rollback()
            throw error
        }
    }

    private func rollback() {
        guard depth > 0 else { return }
        depth -= 1
        if depth == 0 {
            _ = try? query("ROLLBACK")
        } else {
            _ = try? query("ROLLBACK TO SAVEPOINT nested\(depth)")
            _ = try? query("RELEASE SAVEPOINT nested\(depth)")
        }
    }

    /// Waits for `future` on the caller's thread, at most `seconds`; a late answer closes the
    /// connection rather than leaving the caller hanging.
    private static func wait<T: Sendable>(_ future: EventLoopFuture<T>, seconds: Int, on group: MultiThreadedEventLoopGroup,
                                          address: PostgresAddress, what: String, sql: String? = nil) throws(StoreError) -> T {
        guard MultiThreadedEventLoopGroup.currentEventLoop == nil else {
            // Waiting here would stall (or deadlock) the loop the caller runs on.
            throw StoreError(code: 0, message: "the PostgreSQL store was called from an event loop thread; call it from a thread that may block",
                             path: address.redacted)
        }
        let loop = future.eventLoop
        let promise = loop.makePromise(of: T.self)
        future.cascade(to: promise)
        let deadline = loop.scheduleTask(in: .seconds(Int64(seconds))) {
            promise.fail(Timeout())
        }
        do {
            let value = try promise.futureResult.wait()
            deadline.cancel()
            return value
        } catch is Timeout {
            future.whenSuccess { value in
                if let connection = value as? PostgresConnection { let _: EventLoopFuture<Void> = connection.close() }
            }
            throw StoreError(code: 0, message: noAnswer(seconds: seconds, while: what), path: address.redacted)
        } catch {
            deadline.cancel()
            throw StoreError(code: 0, message: describe(error, address: address), sql: sql, path: address.redacted)
        }
    }

    private struct Timeout: Error {}

    private static func isConnectTimeout(_ error: (any Error)?) -> Bool {
        if case .connectTimeout? = error as? ChannelError { return true }
        return false
    }

    /// A server that did not answer in time: whether this client's deadline or postgres-nio's
    /// own connect timeout ends the wait first, the same words.
    private static func noAnswer(seconds: Int, while what: String) -> String {
        "no answer from the server after \(seconds) s while \(what); check that the server is up and reachable (connect_timeout and statement_timeout in the URL set the limits)"
    }

    /// What went wrong, in words that name the fix and never the password (PSQLError's own
    /// description is deliberately vague, so the parts are read here).
    static func describe(_ error: any Error, address: PostgresAddress) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        let server: String
        switch address.endpoint {
        case .tcp(let host, let port): server = "\(host):\(port)"
        case .socket(let path): server = path
        }
        switch error.code {
        case .server:
            let info = error.serverInfo
            let state = info?[.sqlState] ?? ""
            var text = info?[.message] ?? "the server refused the request"
            if let detail = info?[.detail] { text += " (\(detail))" }
            switch state {
            case "28000" where text.contains("no encryption"):
                text += "; the server takes only TLS connections from here: use sslmode=require (or verify-full) in the URL"
            case "28P01", "28000":
                text += "; check the user and password in the store URL"
            case "3D000":
                text += "; create it first (createdb \(address.database)) or name another database in the URL"
            case "57014":
                text += "; the statement ran past statement_timeout (\(address.statementTimeout) s in the URL's statement_timeout)"
            case "55P03":
                text += "; another writer held the store's write lock longer than lock_timeout (\(address.lockTimeout) s); try again"
            case "53300":
                text += "; the server has no free connections, try again"
            default:
                break
            }
            return state.isEmpty ? text : text + " [SQLSTATE \(state)]"
        case .connectionError where error.underlying is NIOSSLError || error.underlying is NIOSSLExtraError:
            return "TLS with \(server) failed: \(error.underlying.map { "\($0)" } ?? ""); with sslmode=verify-ca or verify-full, sslrootcert must name the PEM file of the authority that signed the server's certificate, and verify-full needs the host name the certificate is for"
        case .connectionError where isConnectTimeout(error.underlying):
            return noAnswer(seconds: address.connectTimeout, while: "connecting")
        case .connectionError:
            let underlying = error.underlying.map { "\($0)" } ?? "no connection"
            return "cannot connect to \(server): \(underlying); check that PostgreSQL runs there and the host and port are right"
        case .serverClosedConnection, .uncleanShutdown:
            return "the server at \(server) closed the connection; check the server's log"
        case .clientClosedConnection:
            return "the connection to \(server) was closed"
        case .authMechanismRequiresPassword:
            return "the server asks user \(address.user) for a password and the store URL has none; add it (postgres://USER:PASSWORD@…)"
        case .unsupportedAuthMechanism, .saslError:
            return "authentication as \(address.user) failed at \(server); check the user and password in the store URL"
        case .sslUnsupported:
            return "the server at \(server) does not offer TLS; add ?sslmode=disable to the URL to connect without it"
        case .queryCancelled:
            return "the query was cancelled"
        default:
            return "PostgreSQL at \(server): \(error.code)"
        }
    }
}
