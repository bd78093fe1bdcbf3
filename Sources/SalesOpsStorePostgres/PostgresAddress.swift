import Foundation

/// A `postgres://` or `postgresql://` store URL, read the way libpq reads one:
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=…&connect_timeout=…&statement_timeout=…`,
/// where a HOST (or a `host=` parameter) that starts with `/` is the folder of the server's Unix socket.
package struct PostgresAddress: Sendable, Hashable {
    package enum Endpoint: Sendable, Hashable {
        case tcp(host: String, port: Int)
        /// The socket file, `FOLDER/.s.PGSQL.PORT`.
        case socket(path: String)
    }

    /// libpq's `sslmode`: `prefer` and `require` encrypt without checking the server's
    /// certificate; `verify-ca` checks it against `sslrootcert` (else the system's roots) and
    /// `verify-full` also checks that it names the host.
    package enum TLSMode: String, Sendable, Hashable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    package var endpoint: Endpoint
    package var user: String
    package var password: String?
    package var database: String
    package var tls: TLSMode
    /// The PEM file of the certificate authorities `verify-ca` and `verify-full` trust; nil: the system's.
    package var rootCertificates: String?
    /// Connecting and authenticating give up after this many seconds.
    package var connectTimeout: Int
    /// A statement running longer is cancelled by the server, and the client stops waiting a
    /// little after.
    package var statementTimeout: Int
    /// A writer waiting longer for another's write lock gives up.
    package var lockTimeout: Int
    /// The URL with the password replaced by `***`: what messages show.
    package var redacted: String

    /// True for text that names a PostgreSQL store rather than a SQLite file.
    package static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Reads `url`; `defaultUser` is used when the URL names none (libpq uses the login name).
    package init(_ url: String, defaultUser: String) throws(AddressError) {
        let redacted = Self.redact(url)
        guard Self.isURL(url), let components = URLComponents(string: url) else {
            throw AddressError(url: redacted, problem: "not a PostgreSQL URL; write postgres://USER:PASSWORD@HOST:PORT/DATABASE, or postgres:///DATABASE?host=/SOCKET/FOLDER")
        }
        self.redacted = redacted
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] {
            parameters[item.name] = item.value ?? ""
        }
        let known: Set = ["host", "port", "user", "password", "dbname", "sslmode", "sslrootcert", "connect_timeout", "statement_timeout", "lock_timeout"]
        if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
            throw AddressError(url: redacted, problem: "unknown parameter `\(unknown)`; known: \(known.sorted().joined(separator: ", "))")
        }
        func number(_ name: String, default value: Int) throws(AddressError) -> Int {
            guard let text = parameters[name] else { return value }
            guard let number = Int(text), number > 0 else {
                throw AddressError(url: redacted, problem: "\(name) must be a whole number of seconds, e.g. \(name)=\(value)")
            }
            return number
        }
        let host = parameters["host"] ?? components.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        let port = try number("port", default: components.port ?? 5432)
        if host.isEmpty {
            throw AddressError(url: redacted, problem: "no server named; give a host (postgres://HOST/DATABASE) or a socket folder (?host=/run/postgresql)")
        }
        endpoint = host.hasPrefix("/") ? .socket(path: host + "/.s.PGSQL.\(port)") : .tcp(host: host, port: port)
        user = parameters["user"] ?? components.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultUser
        password = parameters["password"] ?? components.password.flatMap { $0.removingPercentEncoding }
        let path = (components.path.removingPercentEncoding ?? components.path).drop { $0 == "/" }
        database = parameters["dbname"] ?? (path.isEmpty ? user : String(path))
        guard let mode = TLSMode(rawValue: parameters["sslmode"] ?? (host.hasPrefix("/") ? "disable" : "prefer")) else {
            throw AddressError(url: redacted, problem: "sslmode must be disable, prefer, require, verify-ca or verify-full")
        }
        tls = mode
        rootCertificates = parameters["sslrootcert"]
        connectTimeout = try number("connect_timeout", default: 10)
        statementTimeout = try number("statement_timeout", default: 300)
        lockTimeout = try number("lock_timeout", default: 60)
    }

    /// `url` with any password (in the user part or a `password=` parameter) replaced by `***`.
    package static func redact(_ url: String) -> String {
        var text = url
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                text.replaceSubrange(text.index(after: colon)..<at, with: "***")
            }
        }
        while let range = text.range(of: #"([?&])password=[^&]*"#, options: [.regularExpression, .caseInsensitive]),
              !text[range].hasSuffix("password=***") {
            let prefix = text[range].first == "?" ? "?" : "&"
            text.replaceSubrange(range, with: prefix + "password=***")
        }
        return text
    }
}

/// A store URL that cannot be used as written.
package struct AddressError: Error, Sendable, CustomStringConvertible {
    package var url: String
    package var problem: String

    package var description: String { "\(url): \(problem)" }
}
