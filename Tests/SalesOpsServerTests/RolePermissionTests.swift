import Foundation
import Testing
import SalesOpsTestSupport

/// Every role against every route, over real HTTP: who may read and change what, that the
/// refused change nothing, and that what is recorded carries the signed-in actor.
@Suite struct RolePermissionTests {
    static let roles = ["admin", "enablement", "maya", "sam", "ana", "viewer"]

    /// The status each token gets, in `roles` order (maya manages ana.lima and ben.okafor; sam,
    /// chloe.martin and acme-corp; ana is a member).
    static let reads: [(path: String, statuses: [Int])] = [
        ("/api/me", [200, 200, 200, 200, 200, 200]),
        ("/api/catalog", [200, 200, 200, 200, 200, 200]),
        ("/api/enrolments", [200, 200, 200, 200, 200, 403]),
        ("/api/enrolments?manager=sam.ortiz", [200, 200, 403, 200, 200, 403]),
        ("/api/forecasts", [200, 200, 200, 200, 200, 403]),
        ("/api/overdue", [200, 200, 200, 200, 200, 403]),
        ("/api/anonymous/enrolments", [200, 200, 200, 200, 403, 200]),
        ("/api/anonymous/rollups?by=cohort", [200, 200, 200, 200, 403, 200]),
        ("/api/people/ana.lima/status", [200, 200, 200, 403, 200, 403]),
        ("/api/people/ana.lima/checklist", [200, 200, 200, 403, 200, 403]),
        ("/api/people/ana.lima/forecast", [200, 200, 200, 403, 200, 403]),
        ("/api/people/ana.lima/history", [200, 200, 200, 403, 200, 403]),
        ("/api/people/chloe.martin/status", [200, 200, 403, 200, 403, 403]),
        ("/api/people/chloe.martin/history", [200, 200, 403, 200, 403, 403]),
        ("/api/store/check", [200, 403, 403, 403, 403, 403]),
        ("/api/tracks/sdr-30-60-90", [200, 200, 403, 403, 403, 403]),
        ("/tracks/sdr-30-60-90", [200, 200, 403, 403, 403, 403]),
    ]

    @Test func everyRoleReadsOnlyWhatItMay() async throws {
        try await LiveServer.with { server in
            var cookies: [String: String] = [:]
            for role in Self.roles { cookies[role] = try await PageTests.signIn(server, role).cookie }
            for read in Self.reads {
                var got: [Int] = []
                // The API with the token; a page with the browser session.
                for role in Self.roles {
                    let reply = read.path.hasPrefix("/api/") ? try await server.client.get(read.path, token: server.token(role))
                        : try await server.client.get(read.path, headers: ["Cookie": cookies[role]!])
                    got.append(reply.status)
                }
                #expect(got == read.statuses, "\(read.path): \(zip(Self.roles, got).map { "\($0) \($1)" })")
                let anonymous = try await server.client.get(read.path)
                #expect(anonymous.status == (read.path.hasPrefix("/api/") ? 401 : 303), "\(read.path) without a token: \(anonymous)")
            }
            // Lists are narrowed to what the role sees: whole rows compared.
            func people(_ role: String, _ path: String) async throws -> [String] {
                let rows = try #require(try await server.client.get(path, token: server.token(role)).json() as? [[String: Any]])
                return rows.map { "\($0["person"]!)" }
            }
            #expect(try await people("admin", "/api/enrolments") == ["acme-corp", "ana.lima", "ben.okafor", "chloe.martin"])
            #expect(try await people("maya", "/api/enrolments") == ["ana.lima", "ben.okafor"])
            #expect(try await people("sam", "/api/enrolments") == ["acme-corp", "chloe.martin"])
            #expect(try await people("ana", "/api/enrolments") == ["ana.lima"])
            #expect(try await people("ana", "/api/forecasts").allSatisfy { $0 == "ana.lima" })
            // The admin's store check: the demo store is sound, at the current schema.
            let check = try #require(try await server.client.get("/api/store/check", token: server.token("admin")).json() as? [String: Any])
            #expect(check["problems"] as? [String] == [] && check["schemaVersion"] as? Int == 5 && check["enrolments"] as? Int == 4)
            // The viewer's board names nobody: four people are fewer than the smallest group shown.
            let board = try await server.client.get("/api/anonymous/enrolments", token: server.token("viewer"))
            #expect(board.body == """
                {
                  "enrolments": [],
                  "minGroupSize": 5,
                  "withheldEnrolments": 4
                }

                """)
            let shrunk = try await server.client.get("/api/anonymous/enrolments?minGroup=1", token: server.token("viewer"))
            #expect(try #require(try shrunk.json() as? [String: Any])["minGroupSize"] as? Int == 5)
            // A revoked or unknown token is no token.
            #expect(try await server.client.get("/api/me", token: "so_not-a-token").status == 401)
        }
    }

    @Test func everyRoleChangesOnlyWhatItMay() async throws {
        try await LiveServer.with { server in
            func history(_ person: String) async throws -> String {
                try await server.client.get("/api/people/\(person)/history", token: server.token("admin")).body
            }
            let before = try await history("ana.lima")
            let refused: [(role: String, path: String, body: String)] = [
                ("viewer", "/api/people/ana.lima/events", #"{"kind": "complete", "step": "accounts-setup"}"#),
                ("sam", "/api/people/ana.lima/events", #"{"kind": "complete", "step": "accounts-setup"}"#),
                ("sam", "/api/people/ana.lima/events", #"{"kind": "signoff", "step": "review-30-day"}"#),
                ("ana", "/api/people/ana.lima/events", #"{"kind": "signoff", "step": "review-30-day"}"#),
                ("ana", "/api/people/ana.lima/events", #"{"kind": "waive", "step": "accounts-setup"}"#),
                ("ana", "/api/people/ben.okafor/events", #"{"kind": "complete", "step": "accounts-setup"}"#),
                ("maya", "/api/enrolments", #"{"person": "eve.park", "track": "sdr-30-60-90", "start": "2026-03-09"}"#),
                ("ana", "/api/enrolments", #"{"person": "eve.park", "track": "sdr-30-60-90", "start": "2026-03-09"}"#),
                ("viewer", "/api/enrolments", #"{"person": "eve.park", "track": "sdr-30-60-90", "start": "2026-03-09"}"#),
            ]
            for change in refused {
                let reply = try await server.client.post(change.path, json: change.body, token: server.token(change.role))
                #expect(reply.status == 403, "\(change.role) \(change.path) \(change.body): \(reply)")
            }
            // Only enablement and admin edit tracks, by the API or the form (with the session's form token).
            let trackFile = server.folder + "/catalog/tracks/sdr-30-60-90.yaml"
            let definition = try String(contentsOfFile: trackFile, encoding: .utf8)
            let edit = definition.replacingOccurrences(of: "title: Product training", with: "title: Product training (v2)")
            for role in ["maya", "sam", "ana", "viewer"] {
                let reply = try await server.client.post("/api/tracks/sdr-30-60-90", json: try TrackEditTests.body(edit), token: server.token(role))
                #expect(reply.status == 403, "\(role) edits a track: \(reply)")
                let (cookie, _) = try await PageTests.signIn(server, role)
                let board = try await server.client.get("/", headers: ["Cookie": cookie]).body
                let form = try await server.client.postForm("/tracks/sdr-30-60-90", [("formToken", try PageTests.formToken(board)), ("yaml", edit)],
                                                           headers: ["Cookie": cookie])
                #expect(form.status == 403, "\(role) posts the track form: \(form)")
            }
            let unauthenticated = try await server.client.post("/api/tracks/sdr-30-60-90", json: try TrackEditTests.body(edit))
            #expect(unauthenticated.status == 401)
            #expect(try String(contentsOfFile: trackFile, encoding: .utf8) == definition)
            let anonymous = try await server.client.post("/api/people/ana.lima/events", json: #"{"kind": "complete", "step": "accounts-setup"}"#)
            #expect(anonymous.status == 401)
            #expect(try await history("ana.lima") == before)
            #expect(try await server.client.get("/api/people/eve.park/status", token: server.token("admin")).status == 404)

            // Allowed changes are recorded with the signed-in actor.
            let own = try await server.client.post("/api/people/ana.lima/events", json: #"{"kind": "complete", "step": "accounts-setup", "on": "2026-03-04"}"#,
                                                    token: server.token("ana"))
            #expect(own.status == 201, "\(own)")
            let signoff = try await server.client.post("/api/people/ana.lima/events", json: #"{"kind": "signoff", "step": "review-30-day", "on": "2026-03-19"}"#,
                                                        token: server.token("maya"))
            #expect(signoff.status == 201, "\(signoff)")
            let again = try await server.client.post("/api/people/ana.lima/events", json: #"{"kind": "signoff", "step": "review-30-day", "on": "2026-03-19"}"#,
                                                      token: server.token("maya"))
            #expect(again.status == 200, "\(again)")
            #expect(try #require(try again.json() as? [String: Any])["recorded"] as? Bool == false)
            let enrolled = try await server.client.post("/api/enrolments", json: #"{"person": "eve.park", "track": "sdr-30-60-90", "start": "2026-03-09", "manager": "maya.chen"}"#,
                                                         token: server.token("enablement"))
            #expect(enrolled.status == 201, "\(enrolled)")
            let events = try #require(try JSONSerialization.jsonObject(with: Data(try await history("ana.lima").utf8)) as? [[String: Any]])
            let recorded = events.filter { $0["event"] as? String != "enrolled" }.map { "\($0["event"]!) \($0["step"]!) \($0["actor"]!)" }
            #expect(recorded == ["completed accounts-setup ana.lima", "attempted review-30-day maya.chen"])
            let eve = try #require(try await server.client.get("/api/people/eve.park/history", token: server.token("maya")).json() as? [[String: Any]])
            let enablementID = try await Self.tokenID(server, "enablement")
            #expect(eve.first?["actor"] as? String == "token:" + enablementID)
        }
    }

    static func tokenID(_ server: LiveServer, _ name: String) async throws -> String {
        let me = try #require(try await server.client.get("/api/me", token: server.token(name)).json() as? [String: Any])
        return try #require(me["token"] as? String)
    }
}
