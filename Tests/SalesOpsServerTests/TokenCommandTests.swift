import Foundation
import Testing
import SalesOpsCLI
import SalesOpsTestSupport

/// `salesops token create|list|revoke` against a real store file, and a live server that
/// stops accepting a token once it is revoked.
@Suite struct TokenCommandTests {
    @Test func aTokenIsShownOnceStoredHashedAndRevocable() async throws {
        try await LiveServer.with { server in
            let folder = server.folder
            func salesops(_ arguments: String...) -> (status: Int32, output: String, error: String) {
                SalesOps.runInProcess(arguments + ["--store", server.settings.storePath], environment: [:], directory: folder)
            }
            let created = salesops("token", "create", "--role", "manager", "--person", "maya.chen")
            #expect(created.status == 0, "\(created.error)")
            let token = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(token.hasPrefix("so_") && token.count == 46)
            let id = try #require(created.error.split(separator: " ").dropFirst(2).first.map(String.init))
            #expect(created.error == "salesops: token \(id) (manager as maya.chen): shown once, store it now\n")

            // Only the hash is kept: the token's text is nowhere in the store file.
            let bytes = try Data(contentsOf: URL(fileURLWithPath: server.settings.storePath))
            #expect(bytes.range(of: Data(token.utf8)) == nil)

            let me = try await server.client.get("/api/me", token: token)
            #expect(me.body == "{\n  \"person\": \"maya.chen\",\n  \"role\": \"manager\",\n  \"token\": \"\(id)\"\n}\n")

            let listed = salesops("token", "list", "--format", "json")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
            #expect(rows.map { "\($0["role"]!) \($0["person"] ?? "-")" }
                == ["admin -", "enablement -", "manager maya.chen", "manager sam.ortiz", "member ana.lima", "viewer -", "manager maya.chen"])
            #expect(!listed.output.contains("so_"))

            #expect(salesops("token", "revoke", id).output == "Revoked token \(id)\n")
            #expect(try await server.client.get("/api/me", token: token).status == 401)
            let again = salesops("token", "revoke", id)
            #expect(again.status == 1)
            #expect(again.error.hasPrefix("salesops: no active token has id \(id)"))

            let unknownRole = salesops("token", "create", "--role", "manger")
            #expect(unknownRole.error == "salesops: unknown role \"manger\"; did you mean manager? (roles: admin, enablement, manager, member, viewer)\n")
            let noPerson = salesops("token", "create", "--role", "member")
            #expect(noPerson.error == "salesops: a member token acts as a person; give --person\n")
        }
    }
}
