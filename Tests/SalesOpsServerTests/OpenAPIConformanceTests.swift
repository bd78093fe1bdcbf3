import Foundation
import Testing
import SalesOpsTestSupport

/// The server's answers checked against its own /openapi.json: every operation the document
/// lists is called on a live server, and each body is validated (python3's jsonschema, the
/// output schemas of schema/ registered by $id) against the schema of the status it came with.
@Suite struct OpenAPIConformanceTests {
    /// One request per operation of the document, as an admin would make it.
    static let calls: [(operation: String, path: String, body: String?)] = [
        ("GET /healthz", "/healthz", nil),
        ("GET /openapi.json", "/openapi.json", nil),
        ("GET /api/me", "/api/me", nil),
        ("GET /api/catalog", "/api/catalog?kind=Track", nil),
        ("POST /api/evaluations", "/api/evaluations", #"{"samples": 200, "seed": 7}"#),
        ("GET /api/enrolments", "/api/enrolments?manager=maya.chen", nil),
        ("POST /api/enrolments", "/api/enrolments", #"{"person": "dana.reyes", "track": "sdr-30-60-90", "start": "2026-03-09", "manager": "maya.chen"}"#),
        ("GET /api/anonymous/enrolments", "/api/anonymous/enrolments", nil),
        ("GET /api/anonymous/rollups", "/api/anonymous/rollups?by=track&minGroup=1", nil),
        ("GET /api/forecasts", "/api/forecasts", nil),
        ("GET /api/overdue", "/api/overdue", nil),
        ("GET /api/people/{person}/status", "/api/people/ana.lima/status", nil),
        ("GET /api/people/{person}/checklist", "/api/people/ana.lima/checklist", nil),
        ("GET /api/people/{person}/forecast", "/api/people/ana.lima/forecast", nil),
        ("GET /api/people/{person}/history", "/api/people/ana.lima/history", nil),
        ("POST /api/people/{person}/events", "/api/people/ana.lima/events", #"{"kind": "complete", "step": "accounts-setup", "on": "2026-03-03"}"#),
        ("GET /api/store/check", "/api/store/check", nil),
        ("GET /api/tracks/{track}", "/api/tracks/sdr-30-60-90", nil),
        ("POST /api/tracks/{track}", "/api/tracks/sdr-30-60-90", try! TrackEditTests.body(shippedTrack.replacingOccurrences(of: "title: Product training", with: "title: Product training (v2)"))),
    ]

    static let shippedTrack = try! String(contentsOfFile: OnboardingFixtures.shippedCatalog + "/tracks/sdr-30-60-90.yaml", encoding: .utf8)

    /// Answers that are not successes, checked against the document's error schema.
    static let refusals: [(operation: String, path: String, body: String?, token: String?, status: Int)] = [
        ("GET /api/enrolments", "/api/enrolments", nil, nil, 401),
        ("GET /api/enrolments", "/api/enrolments", nil, "viewer", 403),
        ("GET /api/people/{person}/status", "/api/people/nobody/status", nil, "admin", 404),
        ("POST /api/people/{person}/events", "/api/people/ana.lima/events", #"{"kind": "complete"}"#, "admin", 400),
        ("POST /api/people/{person}/events", "/api/people/ana.lima/events", #"{"kind": "complete", "step": "no-such-step"}"#, "admin", 404),
        ("POST /api/people/{person}/events", "/api/people/ana.lima/events", #"{"kind": "signoff", "step": "review-30-day"}"#, "admin", 422),
        ("POST /api/evaluations", "/api/evaluations", #"{"evaluation": "no-such-evaluation"}"#, "admin", 404),
        ("GET /api/anonymous/rollups", "/api/anonymous/rollups?by=person", nil, "viewer", 400),
        ("GET /api/tracks/{track}", "/api/tracks/no-such-track", nil, "enablement", 404),
        ("GET /api/tracks/{track}", "/api/tracks/sdr-30-60-90", nil, "maya", 403),
        ("POST /api/tracks/{track}", "/api/tracks/sdr-30-60-90", try! TrackEditTests.body(shippedTrack.replacingOccurrences(of: "owner: buddy", with: "owner: robot")), "enablement", 422),
        ("POST /api/tracks/{track}", "/api/tracks/sdr-30-60-90", #"{"yml": ""}"#, "enablement", 400),
    ]

    @Test func everyOperationAnswersAsTheDocumentSays() async throws {
        try await LiveServer.with { server in
            let documentReply = try await server.client.get("/openapi.json")
            let document = try #require(try documentReply.json() as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let components = try #require(document["components"] as? [String: Any])
            let operations = Set(paths.flatMap { path, methods in methods.keys.map { "\($0.uppercased()) \(path)" } })
            #expect(operations == Set(Self.calls.map(\.operation)))

            var checks: [[String: Any]] = []
            for call in Self.calls {
                let reply = if let body = call.body {
                    try await server.client.post(call.path, json: body, token: server.token("admin"))
                } else {
                    try await server.client.get(call.path, token: server.token("admin"))
                }
                #expect((200...201).contains(reply.status), "\(call.operation): \(reply)")
                checks.append(try Self.check(call.operation, reply, in: paths, components: components))
            }
            for refusal in Self.refusals {
                let token = refusal.token.map(server.token)
                let reply = if let body = refusal.body {
                    try await server.client.post(refusal.path, json: body, token: token)
                } else {
                    try await server.client.get(refusal.path, token: token)
                }
                #expect(reply.status == refusal.status, "\(refusal.operation) \(refusal.path): \(reply)")
                checks.append(try Self.check(refusal.operation, reply, in: paths, components: components))
            }
            let problems = try Self.validate(checks, document: documentReply.body)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    /// Every `#/...` reference in the document (shared parameters, responses, schemas) points at
    /// something in it.
    @Test func everyLocalReferenceResolves() async throws {
        try await LiveServer.with { server in
            let document = try #require(try await server.client.get("/openapi.json").json() as? [String: Any])
            var references: [String] = []
            func collect(_ value: Any) {
                if let object = value as? [String: Any] {
                    if let reference = object["$ref"] as? String, reference.hasPrefix("#/") { references.append(reference) }
                    object.values.forEach(collect)
                } else if let array = value as? [Any] {
                    array.forEach(collect)
                }
            }
            collect(document)
            #expect(references.count > 30)
            let unresolved = references.filter { reference in
                var node: Any? = document
                for part in reference.dropFirst(2).split(separator: "/") {
                    let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                    node = (node as? [String: Any])?[key]
                }
                return node == nil
            }
            #expect(unresolved == [])
        }
    }

    /// The body and the JSON pointer, into the document, of the schema it must match.
    static func check(_ operation: String, _ reply: HTTPTestClient.Reply, in paths: [String: [String: Any]],
                      components: [String: Any]) throws -> [String: Any] {
        let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
        let method = parts[0].lowercased()
        let responses = try #require((paths[parts[1]]?[method] as? [String: Any])?["responses"] as? [String: Any], "\(operation)")
        var response = try #require(responses[String(reply.status)] as? [String: Any], "\(operation) answered \(reply.status), which the document does not list")
        let escaped = { (text: String) in text.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
        var responsePointer = "#/paths/\(escaped(parts[1]))/\(method)/responses/\(reply.status)"
        // A response shared by many operations lives in components.responses.
        if let reference = response["$ref"] as? String {
            let name = try #require(reference.split(separator: "/").last.map(String.init), "\(reference)")
            let shared = try #require((components["responses"] as? [String: Any])?[name] as? [String: Any], "\(operation): \(reference) is not in the document")
            #expect(reference == "#/components/responses/\(name)")
            response = shared
            responsePointer = reference
        }
        let content = try #require(response["content"] as? [String: Any])
        let type = reply.headers["content-type"]?.split(separator: ";").first.map(String.init) ?? ""
        #expect(content[type] != nil, "\(operation) answered \(type)")
        let pointer = "\(responsePointer)/content/\(escaped(type))/schema"
        return ["operation": operation, "status": reply.status, "pointer": pointer, "body": reply.body]
    }

    /// Each body against its schema, in one python3 run; the problems found, empty when all match.
    static func validate(_ checks: [[String: Any]], document: String) throws -> String {
        let folder = try OnboardingFixtures.folder()
        try document.write(toFile: folder + "/openapi.json", atomically: true, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: checks).write(to: URL(fileURLWithPath: folder + "/checks.json"))
        let result = try TestProcess.run("/usr/bin/env", ["python3", "-c", """
            import json, pathlib, sys, jsonschema, referencing, referencing.jsonschema
            root = pathlib.Path(sys.argv[1]) / "schema"
            spec = json.load(open(sys.argv[2] + "/openapi.json"))
            resources = [(s["$id"], referencing.Resource.from_contents(s)) for s in
                         (json.loads(p.read_text()) for p in root.rglob("*.schema.json")) if "$id" in s]
            resources.append(("urn:salesops:openapi", referencing.jsonschema.DRAFT202012.create_resource(spec)))
            registry = referencing.Registry().with_resources(resources)
            failed = 0
            for check in json.load(open(sys.argv[2] + "/checks.json")):
                body = check["body"]
                try:
                    body = json.loads(body)
                except ValueError:
                    pass
                schema = {"$ref": "urn:salesops:openapi" + check["pointer"]}
                for error in list(jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(body))[:3]:
                    failed += 1
                    print(check["operation"], check["status"], list(error.absolute_path), error.message[:300])
            sys.exit(1 if failed else 0)
            """, OnboardingFixtures.packageRoot.path, folder], in: OnboardingFixtures.packageRoot, environment: ProcessInfo.processInfo.environment)
        return result.status == 0 ? "" : result.stdout + result.stderr
    }
}
