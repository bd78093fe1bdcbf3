import Foundation
import SalesOpsBasics
import SalesOpsCatalog
import SalesOpsOnboarding
import SalesOpsStore

/// Onboarding at scale: appending events to SQLite, deriving status for many enrolments,
/// rendering many checklists. `run(runner:scratch:)` prints one line per measurement.
enum OnboardingWorkload {
    static let stepCount = 40

    /// A 40-step hire track: chains with `after`, dependencies, weights and certifications.
    static func plan() throws -> TrackPlan {
        var steps: [String] = []
        for index in 0..<stepCount {
            var step = "{\"id\":\"step-\(index)\",\"title\":\"Step \(index)\",\"owner\":\"hire\","
            if index % 4 == 3 {
                step += "\"due\":{\"businessDays\":3,\"after\":\"step-\(index - 1)\"},\"dependsOn\":[\"step-\(index - 1)\"],"
            } else {
                step += "\"due\":{\"businessDays\":\(index * 2 + 1)},"
            }
            if index % 10 == 9 {
                step += "\"certification\":{\"verifier\":\"quiz-score\",\"params\":{\"passMark\":80},\"maxAttempts\":3,\"validFor\":\"12m\",\"renewWithin\":\"30d\"},"
            }
            step += "\"weight\":\(index % 5 == 0 ? 2 : 1)}"
            steps.append(step)
        }
        let track = """
            {"apiVersion":"salesops/v1","kind":"Track","metadata":{"name":"bench-track","title":"Benchmark track"},
             "spec":{"audience":"hire","role":"sdr","calendar":"bench-calendar","steps":[\(steps.joined(separator: ","))]}}
            """
        let holidays = (0..<20).map { "{\"date\":\"\(CalendarDate(iso: "2026-01-01")!.adding(days: $0 * 37 + 5))\",\"name\":\"Holiday \($0)\"}" }
        let calendar = """
            {"apiVersion":"salesops/v1","kind":"Calendar","metadata":{"name":"bench-calendar"},
             "spec":{"timezone":"UTC","holidays":[\(holidays.joined(separator: ","))]}}
            """
        return try TrackPlan(version: TrackVersion(trackJSON: track, calendarJSON: calendar))
    }

    static let firstStart = CalendarDate(iso: "2026-01-05")!

    /// Enrolment `index`: starts spread over 60 days; completes the first `done` steps.
    static func history(_ plan: TrackPlan, index: Int, done: Int) -> EnrolmentHistory {
        let id = "p\(index)"
        let key = EnrolmentKey(person: id, track: plan.name)
        let start = firstStart.adding(days: index % 60)
        var events = [OnboardingEvent(sequence: 1, enrolment: key, payload: .enrolled, date: start,
                                      recordedAt: "2026-01-01T09:00:00Z", actor: "bench", idempotencyKey: "enrol/\(id)")]
        events.reserveCapacity(done + 1)
        for step in 0..<done {
            let date = start.adding(days: step + 1)
            if step % 10 == 9 {
                events.append(OnboardingEvent(
                    sequence: Int64(step + 2), enrolment: key, payload: .attempted(step: "step-\(step)", .init(submission: .init(score: 90), number: 1, passed: true,
                                                                    reason: "score 90 ≥ pass mark 80")),
                    date: date, recordedAt: "2026-01-01T09:00:00Z", actor: "bench",
                    idempotencyKey: "attempt/\(id)/\(step)/1/1"))
            } else {
                events.append(OnboardingEvent(
                    sequence: Int64(step + 2), enrolment: key, payload: .completed(step: "step-\(step)", evidence: nil, note: nil), date: date,
                    recordedAt: "2026-01-01T09:00:00Z", actor: "bench", idempotencyKey: "complete/\(id)/\(step)"))
            }
        }
        let enrolment = Enrolment(key: key, trackVersion: plan.version.hash, calendarVersion: plan.version.calendarHash, start: start)
        return EnrolmentHistory(person: Person(id: id, manager: "m\(index % 50)"), enrolment: enrolment, events: events)
    }

    /// States of every history on `today`.
    static func states(_ plan: TrackPlan, _ histories: [EnrolmentHistory], today: CalendarDate) -> [EnrolmentState] {
        EnrolmentState.derive(histories.map {
            EnrolmentState.Input(plan: plan, person: $0.person, enrolment: $0.enrolment, events: $0.events, today: today)
        })
    }

    static func run(runner: BenchRunner, scale: BenchScale, scratch: URL) throws {
        let plan = try plan()
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        // 1. Ingest: 25,000 enrolments × 40 events = 1,000,000 events, 50,000 per transaction.
        let enrolments = scale.count(25_000)
        let histories = (0..<enrolments).map { history(plan, index: $0, done: stepCount - 1) }
        let eventTotal = histories.reduce(0) { $0 + $1.events.count }
        print("onboarding: ingest \(eventTotal) events (\(enrolments) enrolments × \(stepCount)) into SQLite, 50,000 per transaction")
        let path = scratch.appendingPathComponent("ingest.db").path
        var storeForReads: SQLiteStore?
        _ = try runner.measure("  append events (prepared statements, WAL, idempotency keys)", amount: Double(eventTotal), unit: "events") {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let store = try SQLiteStore(path: path)
            try store.write(StoreBatch(people: histories.map(\.person), definitions: StoredDefinition.pinning(plan.version),
                                       enrolments: histories.map(\.enrolment)))
            var batch: [OnboardingEvent] = []
            batch.reserveCapacity(50_000)
            for history in histories {
                batch += history.events
                if batch.count >= 50_000 {
                    try store.write(StoreBatch(events: batch))
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try store.write(StoreBatch(events: batch)) }
            let stored = try store.eventCount()
            precondition(stored == eventTotal)
            storeForReads = store
        }
        if let store = storeForReads {
            let today = firstStart.adding(days: 45)
            _ = try runner.measure("  read \(eventTotal) events back and derive \(enrolments) statuses", amount: Double(eventTotal), unit: "events") {
                let read = try store.histories(EnrolmentFilter())
                precondition(read.count == enrolments)
                _ = Rollup.group(states(plan, read, today: today), by: .manager)
            }
        }

        // 2. Status: 100,000 enrolments × 40 steps, half the steps done, from events in memory.
        let statusCount = scale.count(100_000)
        let many = (0..<statusCount).map { history(plan, index: $0, done: ($0 % 40)) }
        let today = firstStart.adding(days: 45)
        print("onboarding: status of \(statusCount) enrolments × \(stepCount) steps (\(many.reduce(0) { $0 + $1.events.count }) events in memory)")
        var derived: [EnrolmentState] = []
        _ = runner.measure("  derive every step's status, progress, health", amount: Double(statusCount), unit: "enrolments") {
            derived = states(plan, many, today: today)
        }
        _ = runner.measure("  rollups by manager, track and cohort", amount: Double(statusCount), unit: "enrolments") {
            for dimension in Rollup.Dimension.allCases { _ = Rollup.group(derived, by: dimension) }
        }

        // 3. Import, row by row as `onboard import` does: 1,000 hires into an empty store and
        // into one holding 100,000 enrolments (the cost per row must not grow with the store),
        // then 100,000 hires into an empty store.
        let batchSize = scale.count(1_000)
        let large = scale.count(100_000)
        print("onboarding: import hires (CSV parse, per-row store look-ups and rules, one transaction)")
        var run = 0
        for (label, existing) in [("an empty store", 0), ("a store with \(large) enrolments", large)] {
            let store = try freshStore(scratch.appendingPathComponent("import-\(existing).db").path)
            if existing > 0 { _ = try importHires(csv(from: 0, count: existing, plan: plan), into: store, plan: plan) }
            _ = try runner.measure("  import \(batchSize) hires into \(label)", amount: Double(batchSize), unit: "rows") {
                run += 1
                let added = try importHires(csv(from: 1_000_000 * run, count: batchSize, plan: plan), into: store, plan: plan)
                precondition(added == batchSize)
            }
        }
        _ = try runner.measure("  import \(large) hires into an empty store", amount: Double(large), unit: "rows") {
            let store = try freshStore(scratch.appendingPathComponent("import-all.db").path)
            let added = try importHires(csv(from: 0, count: large, plan: plan), into: store, plan: plan)
            precondition(added == large)
        }

        // What `OnboardingWorkspace.rules` adds to each imported row: a timestamp formatter.
        _ = runner.measure("  build an ISO8601DateFormatter and format now, \(large) times", amount: Double(large), unit: "rows") {
            var bytes = 0
            for _ in 0..<large {
                let formatter = ISO8601DateFormatter()
                formatter.timeZone = TimeZone(identifier: "UTC")
                bytes += formatter.string(from: Date()).utf8.count
            }
            precondition(bytes > 0)
        }

        // 4. 10,000 Markdown checklists from derived states.
        let sample = Array(derived.prefix(scale.count(10_000)))
        print("onboarding: \(sample.count) Markdown checklists of \(stepCount) items")
        _ = runner.measure("  build and render Markdown", amount: Double(sample.count), unit: "checklists") {
            var bytes = 0
            for state in sample { bytes += state.checklist(plan: plan).markdown().utf8.count }
            precondition(bytes > 0)
        }
    }

    /// A hires CSV of `count` people numbered from `first`, all on the plan's track.
    static func csv(from first: Int, count: Int, plan: TrackPlan) -> String {
        var text = "person,email,track,start,manager,timezone\n"
        for index in first..<(first + count) {
            text += "h\(index),h\(index)@example.com,\(plan.name),\(firstStart.adding(days: index % 60)),m\(index % 50),UTC\n"
        }
        return text
    }

    static func freshStore(_ path: String) throws -> SQLiteStore {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try SQLiteStore(path: path)
    }

    /// What `onboard import` does with a file: parse it, look each row's person and enrolment
    /// up, let the rules decide, write everything in one transaction. Returns the enrolments added.
    static func importHires(_ text: String, into store: SQLiteStore, plan: TrackPlan) throws -> Int {
        guard case .success(let rows) = HireRow.parse(text, knownTracks: [plan.name]) else { preconditionFailure("bad CSV") }
        return try store.exclusive { () throws -> Int in
            var batch = StoreBatch(definitions: StoredDefinition.pinning(plan.version))
            let rules = OnboardingRules(today: firstStart, recordedAt: "2026-01-01T09:00:00Z", actor: "bench")
            for row in rows {
                let enrolment = Enrolment(key: EnrolmentKey(person: row.person.id, track: row.track), trackVersion: plan.version.hash,
                                          calendarVersion: plan.version.calendarHash, start: row.start)
                let existing = try store.enrolments(person: row.person.id).first { $0.track == row.track }
                guard let event = try rules.enrol(enrolment, person: row.person, existing: existing,
                                                  stored: try store.person(row.person.id)) else { continue }
                batch.people.append(row.person)
                batch.enrolments.append(enrolment)
                batch.events.append(event)
            }
            return try store.write(batch).enrolmentsAdded
        }
    }
}
