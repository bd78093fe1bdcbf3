import Foundation
import Testing
import SalesOpsTestSupport

/// Enablement edits a track in the browser: the catalog's own validation decides, a refused
/// edit saves nothing and shows each problem at its line and column, and a saved one is a new
/// version that new enrolments get while enrolled people keep theirs.
@Suite struct TrackEditTests {
    static let track = "sdr-30-60-90"
    static let file = "tracks/sdr-30-60-90.yaml"

    @Test func aRefusedEditSavesNothingAndSaysWhereEachProblemIs() async throws {
        try await LiveServer.with { server in
            let path = server.folder + "/catalog/" + Self.file
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let (cookie, _) = try await PageTests.signIn(server, "enablement")
            let page = try await server.client.get("/tracks/\(Self.track)", headers: ["Cookie": cookie])
            #expect(page.status == 200)
            #expect(page.body.contains("<p class=\"summary\">\(Self.file) · version "))
            #expect(page.body.contains("  name: sdr-30-60-90\n  title: SDR 30-60-90 day onboarding\n"))
            // A misspelt key: shown at its line and column, the text kept in the form to fix it.
            let broken = original.replacingOccurrences(of: "      weight: 0.5\n    - id: tools-orientation", with: "      wieght: 0.5\n    - id: tools-orientation")
            let refused = try await server.client.postForm("/tracks/\(Self.track)", [("formToken", try PageTests.formToken(page.body)), ("yaml", broken)],
                                                          headers: ["Cookie": cookie])
            #expect(refused.status == 422)
            #expect(refused.body.contains("Not saved: 1 problem(s)."))
            #expect(refused.body.contains("<li><code>\(Self.file):18:7 spec.steps[0].wieght</code> unknown key `wieght`; did you mean `weight`?</li>"))
            #expect(refused.body.contains("      wieght: 0.5\n"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

            // The API says the same, as data: an owner the hire track kind does not know (all three buddy steps), by the track kind's own check.
            let robot = try await server.client.post("/api/tracks/\(Self.track)", json: try Self.body(original.replacingOccurrences(of: "owner: buddy", with: "owner: robot")),
                                                     token: server.token("enablement"))
            #expect(robot.status == 422)
            let robotProblems = try #require((try robot.json() as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(robotProblems.map { "\($0["file"]!):\($0["line"]!) \($0["path"]!)" } == [21, 51, 97].enumerated().map { "\(Self.file):\($1) spec.steps[\([1, 6, 12][$0])].owner" }, "\(robotProblems)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

            // Renaming the track is refused too.
            let renamed = original.replacingOccurrences(of: "  name: sdr-30-60-90", with: "  name: sdr-new")
            let reply = try await server.client.post("/api/tracks/\(Self.track)", json: try Self.body(renamed), token: server.token("admin"))
            #expect(reply.status == 422)
            let problems = try #require((try reply.json() as? [String: Any])?["problems"] as? [[String: Any]])
            #expect(problems.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["path"]!)" } == ["\(Self.file):5:9 metadata.name"])
            #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
        }
    }

    @Test func aSavedEditIsANewVersionForNewEnrolmentsOnly() async throws {
        try await LiveServer.with { server in
            let path = server.folder + "/catalog/" + Self.file
            let before = try #require(try await server.client.get("/api/tracks/\(Self.track)", token: server.token("enablement")).json() as? [String: Any])
            let version = try #require(before["version"] as? String)
            let ana = try #require(try await server.client.get("/api/people/ana.lima/status", token: server.token("admin")).json() as? [String: Any])
            #expect(ana["trackVersion"] as? String == version)

            let (cookie, _) = try await PageTests.signIn(server, "enablement")
            let page = try await server.client.get("/tracks/\(Self.track)", headers: ["Cookie": cookie])
            let edited = try #require(before["yaml"] as? String).replacingOccurrences(of: "      title: Tools orientation with buddy",
                                                                                   with: "      title: Tools orientation with a buddy")
            let saved = try await server.client.postForm("/tracks/\(Self.track)", [("formToken", try PageTests.formToken(page.body)), ("yaml", edited)],
                                                        headers: ["Cookie": cookie])
            #expect(saved.status == 200)
            #expect(saved.body.contains("Saved: \(Self.track) is now version "), "\(saved.body)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
            let after = try #require(try await server.client.get("/api/tracks/\(Self.track)", token: server.token("enablement")).json() as? [String: Any])
            let newVersion = try #require(after["version"] as? String)
            #expect(newVersion != version)

            // A new enrolment is pinned to the new version; ana.lima keeps hers.
            let enrolled = try await server.client.post("/api/enrolments", json: #"{"person": "eve.park", "track": "sdr-30-60-90", "start": "2026-03-09", "manager": "maya.chen"}"#,
                                                        token: server.token("enablement"))
            #expect(try #require(try enrolled.json() as? [String: Any])["trackVersion"] as? String == newVersion)
            let eve = try await server.client.get("/api/people/eve.park/checklist", token: server.token("admin")).body
            #expect(eve.contains("Tools orientation with a buddy"))
            let anaAfter = try #require(try await server.client.get("/api/people/ana.lima/status", token: server.token("admin")).json() as? [String: Any])
            #expect(anaAfter["trackVersion"] as? String == version)

            // Who edited is recorded beside the catalog.
            let enablementID = try await RolePermissionTests.tokenID(server, "enablement")
            let log = try String(contentsOfFile: server.folder + "/catalog/.track-edits.jsonl", encoding: .utf8)
            let line = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
            #expect(line["editedBy"] as? String == "token:" + enablementID)
            #expect(line["previousVersion"] as? String == version && line["version"] as? String == newVersion && line["track"] as? String == Self.track)
        }
    }

    static func body(_ yaml: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: ["yaml": yaml]), as: UTF8.self)
    }
}
