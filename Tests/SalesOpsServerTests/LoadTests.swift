import Foundation
import Testing
import SalesOpsTestSupport

/// Many clients at once on loopback against each store (SQLite and PostgreSQL): every request
/// answered without a server error, and every event stored exactly once. Each client repeats
/// rounds of enrolling a person of its own and recording four waivers for them: one round in
/// the suite, or for `SALESOPS_LOAD_SECONDS` seconds when set (how BENCHMARKS.md measures it).
@Suite struct LoadTests {
    static let clients = 50
    static let steps = ["accounts-setup", "tools-orientation", "product-training", "icp-persona-training"]

    struct Sample: Sendable {
        var status: Int
        var seconds: Double
    }

    // One backend at a time: each is measured alone.
    @Test(.serialized, arguments: StoreBackend.allCases)
    func fiftyClientsRecordingAtOnceLoseNothing(_ backend: StoreBackend) async throws {
        let duration = ProcessInfo.processInfo.environment["SALESOPS_LOAD_SECONDS"].flatMap(Double.init)
        try await LiveServer.with(backend) { server in
            let token = server.token("enablement")
            let eventsBefore = try await Self.storedEvents(server)
            let started = ContinuousClock.now
            let deadline = started + .seconds(duration ?? 0)
            let rounds = try await withThrowingTaskGroup(of: (rounds: Int, samples: [Sample]).self) { group in
                for client in 0..<Self.clients {
                    group.addTask {
                        var samples: [Sample] = []
                        func timed(_ request: () async throws -> HTTPTestClient.Reply) async throws {
                            let start = ContinuousClock.now
                            let status = try await request().status
                            samples.append(Sample(status: status, seconds: Self.seconds(ContinuousClock.now - start)))
                        }
                        var round = 0
                        repeat {
                            let person = "load.\(client).\(round)"
                            try await timed {
                                try await server.client.post("/api/enrolments", json: #"{"person": "\#(person)", "track": "sdr-30-60-90", "start": "2026-03-02", "manager": "maya.chen"}"#, token: token)
                            }
                            for step in Self.steps {
                                try await timed {
                                    try await server.client.post("/api/people/\(person)/events", json: #"{"kind": "waive", "step": "\#(step)", "on": "2026-03-10"}"#, token: token)
                                }
                            }
                            round += 1
                        } while ContinuousClock.now < deadline
                        return (round, samples)
                    }
                }
                return try await group.reduce(into: [(rounds: Int, samples: [Sample])]()) { $0.append($1) }
            }
            let elapsed = Self.seconds(ContinuousClock.now - started)
            let samples = rounds.flatMap(\.samples)
            let people = rounds.map(\.rounds).reduce(0, +)
            #expect(samples.count == people * (1 + Self.steps.count))
            #expect(samples.filter { $0.status != 201 }.map(\.status) == [])
            // Nothing lost: everyone is enrolled, and each person's history holds the enrolment and every waiver, once.
            let rows = try #require(try await server.client.get("/api/enrolments?manager=maya.chen", token: token).json() as? [[String: Any]])
            #expect(rows.count == people + 2)
            for client in [0, Self.clients / 2, Self.clients - 1] {
                let events = try #require(try await server.client.get("/api/people/load.\(client).0/history", token: token).json() as? [[String: Any]])
                #expect(events.map { "\($0["event"]!) \($0["step"] ?? "-")" } == ["enrolled -"] + Self.steps.map { "waived \($0)" })
            }
            // Every acknowledged event is in the store, once, and the store checks sound.
            #expect(try await Self.storedEvents(server) == eventsBefore + people * (1 + Self.steps.count))
            let latencies = samples.map(\.seconds).sorted()
            print("load (\(backend)): \(samples.count) requests from \(Self.clients) clients in \(String(format: "%.1f", elapsed)) s: "
                + "\(String(format: "%.0f", Double(samples.count) / elapsed)) requests/s, "
                + "p50 \(String(format: "%.0f", latencies[latencies.count / 2] * 1000)) ms, "
                + "p99 \(String(format: "%.0f", latencies[latencies.count * 99 / 100] * 1000)) ms, no server errors")
        }
    }

    /// The store's event count, by `store check` (which also reads every row back): it must find no problem.
    static func storedEvents(_ server: LiveServer) async throws -> Int {
        let report = try #require(try await server.client.get("/api/store/check", token: server.token("admin")).json() as? [String: Any])
        #expect(report["problems"] as? [String] == [])
        return try #require(report["events"] as? Int)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
