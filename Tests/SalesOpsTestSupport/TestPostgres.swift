import Foundation

/// A throwaway PostgreSQL server for the tests, started once per test process on first use:
/// `initdb` into a new temporary folder, a server listening only on a Unix socket in that
/// folder, stopped and removed when the process ends. As root (CI), it runs as `nobody`, since
/// initdb refuses root. When it cannot start, every test that needs it fails saying why.
/// A second server, started only by the tests that need it, also listens on loopback TCP with
/// TLS only, under a self-signed certificate for `localhost`.
package enum TestPostgres {
    /// The superuser the tests connect as (trusted on the socket), and a user that must give a password.
    package static let user = "salesops"
    package static let passwordUser = "keyholder"
    package static let password = "pw-Tr0ub4dor-3-never-shown"

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    package struct Server: Sendable {
        /// The folder with the server's socket, its data and its log.
        package let folder: String
        let binaries: String
        /// The server's port: its TCP port when it has one, and its socket's name either way.
        package let port: Int
        /// The TLS server's certificate (PEM), which is also the root that signs it; nil without TLS.
        package let certificate: String?

        /// The URL of `database` on this server, through its Unix socket.
        package func url(_ database: String, user: String = TestPostgres.user, password: String? = nil) -> String {
            let credentials = password.map { "\(user):\($0)@" } ?? "\(user)@"
            return "postgres://\(credentials)/\(database)?host=\(folder)" + (port == 5432 ? "" : "&port=\(port)")
        }

        /// The URL of `database` on this server over loopback TCP, with `parameters` (`sslmode=require`, …).
        package func tcpURL(_ database: String, host: String = "localhost", _ parameters: String) -> String {
            "postgres://\(TestPostgres.user)@\(host):\(port)/\(database)?\(parameters)"
        }

        /// A new empty database (no tables) and its URL.
        package func newDatabase() throws -> String {
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(20).lowercased()
            _ = try psql("CREATE DATABASE \(name)", database: "postgres")
            return url(name)
        }

        /// Runs `sql` with psql as the superuser and returns what it printed (unaligned, tuples only).
        package func psql(_ sql: String, database: String) throws -> String {
            let result = try TestPostgres.run(["/usr/bin/psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port), "-U", TestPostgres.user,
                                               "-d", database, "-c", sql], in: folder)
            guard result.status == 0 else { throw Failure(description: "psql: \(result.output)") }
            return result.output
        }
    }

    private static let started: Result<Server, Failure> = Result { () throws(Failure) in try start(tls: false) }
    private static let startedWithTLS: Result<Server, Failure> = Result { () throws(Failure) in try start(tls: true) }

    /// The server, started on first use.
    package static func server() throws -> Server { try started.get() }

    /// The server on loopback TCP that accepts TLS connections only, started on first use.
    package static func tlsServer() throws -> Server { try startedWithTLS.get() }

    private static func start(tls: Bool) throws(Failure) -> Server {
        guard let binaries = binariesFolder() else {
            throw Failure(description: "PostgreSQL's server programs (initdb, pg_ctl) are not installed under /usr/lib/postgresql/*/bin, so the PostgreSQL store tests cannot run; install them with `apt-get install postgresql` (scripts/test.sh does so when they are missing)")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/psql") else {
            throw Failure(description: "psql is not installed at /usr/bin/psql; install it with `apt-get install postgresql`")
        }
        // Short: the socket path must fit in 107 bytes.
        let folder = "/tmp/salesops-pg-" + UUID().uuidString.prefix(8).lowercased()
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            let asRoot = getuid() == 0
            if asRoot {
                guard let nobody = getpwnam("nobody") else { throw Failure(description: "running as root and there is no user `nobody` to run PostgreSQL as") }
                guard chown(folder, nobody.pointee.pw_uid, nobody.pointee.pw_gid) == 0 else {
                    throw Failure(description: "cannot hand \(folder) to `nobody`: \(String(cString: strerror(errno)))")
                }
            }
            let asPostgres = asRoot ? ["/usr/sbin/runuser", "-u", "nobody", "--"] : []
            let data = folder + "/data"
            let initdb = try run(asPostgres + [binaries + "/initdb", "-D", data, "-U", user, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                                 in: folder)
            guard initdb.status == 0 else { throw Failure(description: "initdb failed (exit \(initdb.status)): \(initdb.output)") }
            // One user must give a password, for the authentication tests; everyone else is trusted
            // on the socket, and on loopback TCP only through TLS.
            try "local all \(passwordUser) scram-sha-256\nlocal all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n"
                .write(toFile: data + "/pg_hba.conf", atomically: false, encoding: .utf8)
            var port = 5432
            var options = "-k \(folder) -c listen_addresses=\(tls ? "127.0.0.1" : "''") -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            var certificate: String?
            if tls {
                port = try freePort()
                let openssl = try run(asPostgres + ["/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                                    "-keyout", data + "/server.key", "-out", data + "/server.crt", "-subj", "/CN=localhost",
                                                    "-addext", "subjectAltName=DNS:localhost"], in: folder)
                guard openssl.status == 0 else { throw Failure(description: "openssl could not make the test server's certificate: \(openssl.output)") }
                // The server refuses a key that others may read.
                _ = try run(asPostgres + ["/bin/chmod", "600", data + "/server.key"], in: folder)
                options += " -p \(port) -c ssl=on -c ssl_cert_file=\(data)/server.crt -c ssl_key_file=\(data)/server.key"
                certificate = data + "/server.crt"
            }
            // The server outlives the command that starts it, so it must not keep open what this
            // process shares with its children (Foundation waits for those to close): bash closes
            // every descriptor above 2 before starting anything.
            let pgctl = (asRoot ? "/usr/sbin/runuser -u nobody -- " : "") + binaries + "/pg_ctl -D " + data
            let closeInherited = "for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done 2>/dev/null; "
            let start = try run(["/bin/bash", "-c", closeInherited + "exec \(pgctl) -l \(folder)/server.log -w -t 60 -o \"\(options)\" start"],
                                in: folder)
            guard start.status == 0 else {
                let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
                throw Failure(description: "the PostgreSQL test server did not start (exit \(start.status)): \(start.output)\n\(log)")
            }
            // Stops the server and removes the folder once this process has ended, however it ends.
            _ = try spawn(["/bin/bash", "-c", closeInherited + "while kill -0 \(getpid()) 2>/dev/null; do sleep 0.5; done; \(pgctl) stop -m immediate; rm -rf \(folder)"],
                          output: "/dev/null", in: "/")
            let server = Server(folder: folder, binaries: binaries, port: port, certificate: certificate)
            _ = try server.psql("CREATE ROLE \(passwordUser) LOGIN PASSWORD '\(password)'", database: "postgres")
            return server
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(description: "the PostgreSQL test server could not start: \(error)")
        }
    }

    /// Runs `arguments` to its end, standard output and error together in a file; its exit
    /// status and what it wrote. posix_spawn and waitpid rather than Foundation's Process,
    /// which waits for descriptors that a server started from it keeps open.
    static func run(_ arguments: [String], in folder: String) throws(Failure) -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("salesops-pg-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let pid = try spawn(arguments, output: file, in: folder)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "waiting for \(arguments[0]): \(String(cString: strerror(errno)))") }
        }
        let output = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        // Exit code when it exited, 128 + the signal when a signal ended it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, output)
    }

    /// Starts `arguments` with standard input from /dev/null and output to `output`.
    static func spawn(_ arguments: [String], output: String, in folder: String) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let environment = ["PATH=/usr/bin:/bin", "LC_ALL=C", "HOME=\(folder)", "PGCONNECT_TIMEOUT=10"]
        // Started in `folder` through bash, which `nobody` can enter where the caller's folder may be closed to it.
        let command = ["/bin/bash", "-c", "cd \"$0\" && exec \"$@\"", folder] + arguments
        var argv = command.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, command[0], &actions, nil, &argv, &envp)
        guard code == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(code)))") }
        return pid
    }

    /// A loopback TCP port nothing listens on now.
    private static func freePort() throws(Failure) -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard socket >= 0, bound else { throw Failure(description: "no free loopback port for the TLS test server: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The newest `/usr/lib/postgresql/N/bin` with initdb in it.
    private static func binariesFolder() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted(by: >)
        return versions.map { "\(root)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }
}
