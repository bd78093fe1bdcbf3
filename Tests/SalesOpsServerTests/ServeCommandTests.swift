import Foundation
import Testing
import SalesOpsTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The built `salesops serve` as a user runs it: it says where it listens, answers, logs one
/// line per request without credentials, and stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
    @Test func servesUntilSIGTERMAndLogsNoTokens() async throws {
        let folder = try OnboardingFixtures.folder()
        let salesops = try OnboardingFixtures.productsFolder() + "/salesops"
        let store = folder + "/team.db"
        let created = try TestProcess.run(salesops, ["token", "create", "--role", "viewer", "--store", store],
                                          in: URL(fileURLWithPath: folder), environment: [:])
        let token = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(created.status == 0 && token.hasPrefix("so_"))
        let server = try TestProcess(salesops, ["serve", "--port", "0", "--store", store, "--catalog", OnboardingFixtures.shippedCatalog],
                                     in: URL(fileURLWithPath: folder), environment: [:])
        var port: Int?
        for _ in 0..<200 where port == nil {
            try await Task.sleep(for: .milliseconds(50))
            let output = server.outputSoFar()
            if let range = output.range(of: "salesops: serving http://127.0.0.1:") {
                port = Int(output[range.upperBound...].prefix { $0.isNumber })
            }
        }
        let client = HTTPTestClient(port: try #require(port, "no `serving` line: \(server.outputSoFar())"))
        #expect(try await client.get("/healthz").body == "ok\n")
        #expect(try await client.get("/api/me", token: token).status == 200)
        kill(server.processIdentifier, SIGTERM)
        let result = await Task.detached { server.wait() }.value
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "salesops: serving http://127.0.0.1:\(port!)/ (store \(store)); stop with Ctrl-C\n")
        #expect(result.stderr.contains("method=GET ms=") && result.stderr.contains("path=/api/me status=200"))
        #expect(!result.stderr.contains(token) && !result.stderr.contains("so_"))
    }
}
