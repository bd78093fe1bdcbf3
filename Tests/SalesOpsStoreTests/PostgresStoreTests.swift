import Foundation
import SalesOpsStorePostgres
import SalesOpsTestSupport
import Testing
@testable import SalesOpsStore

/// What only the PostgreSQL store has: URLs, authentication, a server that is missing or
/// silent. Each failure is a clear message within seconds, and no message shows the password.
@Suite("PostgreSQL store: connecting")
struct PostgresStoreTests {
    @Test func aURLIsReadAsLibpqReadsIt() throws {
        let tcp = try PostgresAddress("postgresql://ops:s%40cret@db.example.com:6432/onboarding?sslmode=require&connect_timeout=3",
                                      defaultUser: "me")
        #expect(tcp.endpoint == .tcp(host: "db.example.com", port: 6432))
        #expect(tcp.user == "ops" && tcp.password == "s@cret" && tcp.database == "onboarding")
        #expect(tcp.tls == .require && tcp.connectTimeout == 3 && tcp.rootCertificates == nil)
        let verified = try PostgresAddress("postgres://ops@db.example.com/onboarding?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem", defaultUser: "me")
        #expect(verified.tls == .verifyFull && verified.rootCertificates == "/etc/ssl/ca.pem")
        #expect(tcp.redacted == "postgresql://ops:***@db.example.com:6432/onboarding?sslmode=require&connect_timeout=3")
        let socket = try PostgresAddress("postgres:///onboarding?host=/run/postgresql", defaultUser: "me")
        #expect(socket.endpoint == .socket(path: "/run/postgresql/.s.PGSQL.5432"))
        #expect(socket.user == "me" && socket.password == nil && socket.tls == .disable)
        #expect(PostgresAddress.redact("postgres://u@h/d?password=hunter2&sslmode=disable") == "postgres://u@h/d?password=***&sslmode=disable")
        let unknown = try #require(throws: AddressError.self) { try PostgresAddress("postgres://u:pw@h/d?sslmod=disable", defaultUser: "me") }
        #expect(unknown.description.hasPrefix("postgres://u:***@h/d?sslmod=disable: unknown parameter `sslmod`; known: "))
    }

    @Test func aWrongPasswordIsRefusedClearlyAndNeverShown() throws {
        let server = try TestPostgres.server()
        let url = server.url("postgres", user: TestPostgres.passwordUser, password: "wrong-Secret-42")
        let started = Date()
        let error = try #require(throws: StoreError.self) { try PostgresStore(url: url) }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.description == "store postgres://\(TestPostgres.passwordUser):***@/postgres?host=\(server.folder): password authentication failed for user \"\(TestPostgres.passwordUser)\"; check the user and password in the store URL [SQLSTATE 28P01]")
        #expect(!error.description.contains("wrong-Secret-42"))
    }

    @Test func theRightPasswordOpensTheStoreAndLocationHidesIt() throws {
        let server = try TestPostgres.server()
        let database = "owned_" + UUID().uuidString.prefix(8).lowercased()
        _ = try server.psql("CREATE DATABASE \(database) OWNER \(TestPostgres.passwordUser)", database: "postgres")
        let store = try PostgresStore(url: server.url(database, user: TestPostgres.passwordUser, password: TestPostgres.password))
        #expect(try store.schemaVersion() == 5)
        #expect(store.location == "postgres://\(TestPostgres.passwordUser):***@/\(database)?host=\(server.folder)")
    }

    @Test func noPasswordWhereOneIsNeededSaysSo() throws {
        let server = try TestPostgres.server()
        let error = try #require(throws: StoreError.self) { try PostgresStore(url: server.url("postgres", user: TestPostgres.passwordUser)) }
        #expect(error.message == "the server asks user \(TestPostgres.passwordUser) for a password and the store URL has none; add it (postgres://USER:PASSWORD@…)")
    }

    @Test func aMissingDatabaseSaysHowToCreateIt() throws {
        let server = try TestPostgres.server()
        let error = try #require(throws: StoreError.self) { try PostgresStore(url: server.url("no_such_database")) }
        #expect(error.message == "database \"no_such_database\" does not exist; create it first (createdb no_such_database) or name another database in the URL [SQLSTATE 3D000]")
    }

    @Test func noServerAtTheAddressFailsAtOnce() throws {
        let folder = try OnboardingFixtures.folder()
        let started = Date()
        let error = try #require(throws: StoreError.self) { try PostgresStore(url: "postgres://ops:hunter2@/onboarding?host=\(folder)") }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.message.hasPrefix("cannot connect to \(folder)/.s.PGSQL.5432: "))
        #expect(error.message.hasSuffix("; check that PostgreSQL runs there and the host and port are right"))
        #expect(!error.description.contains("hunter2"))
    }

    /// The TLS server takes TCP connections only with TLS (pg_hba: hostssl trust, hostnossl reject).
    @Test func requireEncryptsAndDisableIsRefusedWithTheFix() throws {
        let server = try TestPostgres.tlsServer()
        let database = try Self.newDatabase(on: server)
        let store = try PostgresStore(url: server.tcpURL(database, "sslmode=require"))
        #expect(try store.schemaVersion() == 5)
        let refused = try #require(throws: StoreError.self) { try PostgresStore(url: server.tcpURL(database, "sslmode=disable")) }
        #expect(refused.message.hasPrefix("pg_hba.conf rejects connection for host \"127.0.0.1\""))
        #expect(refused.message.hasSuffix("; the server takes only TLS connections from here: use sslmode=require (or verify-full) in the URL [SQLSTATE 28000]"))
    }

    @Test func verifyFullChecksTheCertificateAgainstTheRootAndTheHostName() throws {
        let server = try TestPostgres.tlsServer()
        let database = try Self.newDatabase(on: server)
        let root = try #require(server.certificate)
        let verified = try PostgresStore(url: server.tcpURL(database, "sslmode=verify-full&sslrootcert=\(root)"))
        #expect(try verified.schemaVersion() == 5)
        // The certificate names localhost, not the address: verify-ca accepts it, verify-full does not.
        #expect(try PostgresStore(url: server.tcpURL(database, host: "127.0.0.1", "sslmode=verify-ca&sslrootcert=\(root)")).schemaVersion() == 5)
        let wrongHost = try #require(throws: StoreError.self) {
            try PostgresStore(url: server.tcpURL(database, host: "127.0.0.1", "sslmode=verify-full&sslrootcert=\(root)"))
        }
        #expect(wrongHost.message.hasPrefix("TLS with 127.0.0.1:\(server.port) failed: "))
        // A self-signed certificate is trusted by nobody but the root file that holds it.
        let untrusted = try #require(throws: StoreError.self) { try PostgresStore(url: server.tcpURL(database, "sslmode=verify-full")) }
        #expect(untrusted.message.hasPrefix("TLS with localhost:\(server.port) failed: "))
        #expect(untrusted.message.hasSuffix("; with sslmode=verify-ca or verify-full, sslrootcert must name the PEM file of the authority that signed the server's certificate, and verify-full needs the host name the certificate is for"))
        let missingRoot = try #require(throws: StoreError.self) {
            try PostgresStore(url: server.tcpURL(database, "sslmode=verify-full&sslrootcert=/no/such/root.pem"))
        }
        #expect(missingRoot.message.hasPrefix("cannot set up TLS: "))
    }

    /// Another session holds the enrolments table locked; the store's read gives up at the URL's
    /// statement_timeout, or at its lock_timeout, with the limit named: never a hang.
    @Test(arguments: [("statement_timeout=1&lock_timeout=30", "57014", "; the statement ran past statement_timeout (1 s in the URL's statement_timeout) [SQLSTATE 57014]"),
                      ("statement_timeout=30&lock_timeout=1", "55P03", "; another writer held the store's write lock longer than lock_timeout (1 s); try again [SQLSTATE 55P03]")])
    func aLockedTableGivesUpAtTheURLsLimit(_ limits: String, _ state: String, _ fix: String) throws {
        let server = try TestPostgres.server()
        let url = try server.newDatabase()
        let store = try PostgresStore(url: url + "&" + limits)
        let database = StoreBackend.database(of: url)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = ["-X", "-q", "-h", server.folder, "-U", TestPostgres.user, "-d", database, "-c",
                            "BEGIN; LOCK TABLE enrolments IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(8); COMMIT;"]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        defer { holder.waitUntilExit() }
        var held = false
        for _ in 0..<100 where !held {
            held = try server.psql("SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND relation = 'enrolments'::regclass",
                                   database: database).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
            if !held { usleep(100_000) }
        }
        try #require(held, "the other session never took the lock")
        let started = Date()
        let error = try #require(throws: StoreError.self) { try store.histories(EnrolmentFilter()) }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.message.hasSuffix(fix), "\(error.message)")
        #expect(error.message.contains(state))
    }

    private static func newDatabase(on server: TestPostgres.Server) throws -> String {
        let name = "tls_" + UUID().uuidString.prefix(8).lowercased()
        _ = try server.psql("CREATE DATABASE \(name)", database: "postgres")
        return name
    }

    /// A socket that accepts connections and never answers: the client gives up at connect_timeout.
    @Test func aSilentServerTimesOutWithinTheConnectTimeout() throws {
        let folder = try OnboardingFixtures.folder()
        let path = folder + "/.s.PGSQL.5432"
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0 && listen(listener, 8) == 0)
        let started = Date()
        let error = try #require(throws: StoreError.self) {
            try PostgresStore(url: "postgres://ops:hunter2@/onboarding?host=\(folder)&connect_timeout=2")
        }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= 1.9 && waited < 6, "\(waited) s")
        #expect(error.message == "no answer from the server after 2 s while connecting; check that the server is up and reachable (connect_timeout and statement_timeout in the URL set the limits)")
        #expect(!error.description.contains("hunter2"))
    }
}
